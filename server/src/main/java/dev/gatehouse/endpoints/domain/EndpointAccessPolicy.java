package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may do what with an endpoint: admins manage every endpoint; everyone else holds the highest
 * level granted to them directly or to one of their groups (see {@link AccessControlList}), or no
 * level at all. CAN_VIEW reads an endpoint, CAN_QUERY calls it, CAN_MANAGE changes it.
 */
@ApplicationScoped
public class EndpointAccessPolicy {
  @Inject EndpointGrantRepository grants;

  /** The caller's effective level on the endpoint; empty when it may not even see it. */
  public Optional<PermissionLevel> levelFor(Caller caller, ServingEndpoint endpoint) {
    if (AccessControlList.isAdmin(caller)) {
      return Optional.of(PermissionLevel.CAN_MANAGE);
    }
    return aclOf(endpoint).levelFor(caller);
  }

  /** Returns the caller's level if it includes {@code needed}, else refuses with 403. */
  public PermissionLevel require(Caller caller, ServingEndpoint endpoint, PermissionLevel needed) {
    return levelFor(caller, endpoint)
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
  }

  /** The caller's levels on every endpoint at once, in one query, for listing. */
  public CallerLevels levelsFor(Caller caller) {
    if (AccessControlList.isAdmin(caller)) {
      return new CallerLevels(true, Map.of());
    }
    Map<String, List<Grant>> byEndpoint = new HashMap<>();
    for (EndpointGrant grant : grants.heldBy(Grantee.of(caller), caller.groups())) {
      byEndpoint.computeIfAbsent(grant.endpointId(), id -> new ArrayList<>()).add(grant.toGrant());
    }
    Map<String, PermissionLevel> levels = new HashMap<>();
    byEndpoint.forEach(
        (id, held) ->
            AccessControlList.of(held).levelFor(caller).ifPresent(l -> levels.put(id, l)));
    return new CallerLevels(false, levels);
  }

  /** The direct grants on the endpoint. */
  public AccessControlList aclOf(ServingEndpoint endpoint) {
    return AccessControlList.of(
        grants.ofEndpoint(endpoint.id()).stream().map(EndpointGrant::toGrant).toList());
  }

  /** One caller's levels by endpoint id, as {@link #levelsFor} found them. */
  public record CallerLevels(boolean admin, Map<String, PermissionLevel> granted) {
    public Optional<PermissionLevel> on(ServingEndpoint endpoint) {
      return admin
          ? Optional.of(PermissionLevel.CAN_MANAGE)
          : Optional.ofNullable(granted.get(endpoint.id()));
    }
  }
}
