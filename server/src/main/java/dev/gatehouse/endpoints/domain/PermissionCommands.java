package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads and writes the grants on one endpoint, each change in its own transaction. Changes go
 * through {@link EndpointPermissions}, which holds the endpoint's lock around them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PermissionCommands {
  @Inject EndpointRepository endpoints;
  @Inject EndpointGrantRepository grants;
  @Inject EndpointAccessPolicy access;

  /** An endpoint with its direct grants. */
  public record EndpointAcl(ServingEndpoint endpoint, AccessControlList acl) {}

  /** What a change did. */
  public record AclChange(
      ServingEndpoint endpoint, AccessControlList before, AccessControlList after) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public ServingEndpoint find(String endpointId) {
    return endpoints
        .findById(endpointId)
        .orElseThrow(() -> EndpointNotFoundException.withId(endpointId));
  }

  /** The endpoint, if the caller holds {@code needed} on it: 404 first, then 403. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ServingEndpoint authorize(String endpointId, Caller caller, PermissionLevel needed) {
    ServingEndpoint endpoint = find(endpointId);
    access.require(caller, endpoint, needed);
    return endpoint;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public EndpointAcl read(String endpointId, Caller caller) {
    ServingEndpoint endpoint = authorize(endpointId, caller, PermissionLevel.CAN_MANAGE);
    return new EndpointAcl(endpoint, access.aclOf(endpoint));
  }

  /** Applies a change to the grants, checking CAN_MANAGE again now that the lock is held. */
  public AclChange change(
      String endpointId, UnaryOperator<AccessControlList> change, Caller caller) {
    ServingEndpoint endpoint = authorize(endpointId, caller, PermissionLevel.CAN_MANAGE);
    List<EndpointGrant> stored = grants.ofEndpoint(endpointId);
    AccessControlList before =
        AccessControlList.of(stored.stream().map(EndpointGrant::toGrant).toList());
    AccessControlList after = change.apply(before);
    write(endpointId, stored, after, caller.userName());
    return new AclChange(endpoint, before, after);
  }

  /** Stores {@code after}: changed levels are updated in place, dropped grants removed. */
  private void write(
      String endpointId, List<EndpointGrant> stored, AccessControlList after, String by) {
    long now = System.currentTimeMillis();
    Map<Grantee, EndpointGrant> byGrantee = new HashMap<>();
    stored.forEach(g -> byGrantee.put(g.grantee(), g));
    for (Grant grant : after.grants()) {
      EndpointGrant existing = byGrantee.remove(grant.grantee());
      if (existing == null) {
        grants.add(new EndpointGrant(endpointId, grant, by, now));
      } else if (existing.level() != grant.level()) {
        existing.changeLevel(grant.level(), by, now);
      }
    }
    byGrantee.values().forEach(grants::remove);
  }
}
