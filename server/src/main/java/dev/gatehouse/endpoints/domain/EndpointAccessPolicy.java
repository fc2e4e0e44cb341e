package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who may do what with an endpoint. Today: admins and the endpoint's creator manage it; access
 * control lists granting CAN_VIEW / CAN_QUERY / CAN_MANAGE to users, groups and service principals
 * plug in here.
 */
@ApplicationScoped
public class EndpointAccessPolicy {

  public Optional<PermissionLevel> levelFor(Caller caller, ServingEndpoint endpoint) {
    if (caller.admin() || caller.principalId() == endpoint.creatorId()) {
      return Optional.of(PermissionLevel.CAN_MANAGE);
    }
    return Optional.empty();
  }

  public PermissionLevel require(Caller caller, ServingEndpoint endpoint, PermissionLevel needed) {
    PermissionLevel level =
        levelFor(caller, endpoint)
            .filter(l -> l.includes(needed))
            .orElseThrow(
                () ->
                    new PermissionDeniedException(
                        "'"
                            + caller.userName()
                            + "' needs "
                            + needed
                            + " on serving endpoint '"
                            + endpoint.name()
                            + "'."));
    return level;
  }
}
