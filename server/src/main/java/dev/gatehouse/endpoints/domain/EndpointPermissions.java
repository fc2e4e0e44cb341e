package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditOutcome;
import dev.gatehouse.endpoints.domain.PermissionCommands.AclChange;
import dev.gatehouse.endpoints.domain.PermissionCommands.EndpointAcl;
import dev.gatehouse.platform.errors.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The permissions of an endpoint, addressed by its id. Reading them needs CAN_MANAGE, as changing
 * them does: a grant list names people and groups, which viewers need not learn.
 *
 * <p>A change runs under the endpoint's lock from {@link EndpointLocks}, the one {@link
 * UpdateCoordinator} holds around every other change, and commits before the lock is released. It
 * is recorded in the audit trail with the list before and after, and so is every refused attempt.
 * The body is read only once the caller is known to manage the endpoint, so a stranger learns
 * nothing from a validation message and refused bodies of every kind are audited.
 */
@ApplicationScoped
public class EndpointPermissions {
  private static final String TARGET_TYPE = "serving-endpoint";

  @Inject PermissionCommands commands;
  @Inject EndpointAccessPolicy access;
  @Inject EndpointLocks locks;
  @Inject AuditLog audit;
  @Inject Event<EndpointChanged> changed;

  public EndpointAcl get(String endpointId, Caller caller) {
    return commands.read(endpointId, caller);
  }

  /** Checks that the endpoint exists and the caller may see it, for the permission levels route. */
  public void requireView(String endpointId, Caller caller) {
    commands.authorize(endpointId, caller, PermissionLevel.CAN_VIEW);
  }

  /** PUT: the requested grants replace every direct grant. */
  public EndpointAcl replace(
      String endpointId, Supplier<AccessControlRequest> body, Caller caller) {
    return change(
        "endpoint.permissions.set", endpointId, body, caller, AccessControlList::replacedBy);
  }

  /** PATCH: each requested principal gets the requested level; the other grants stay. */
  public EndpointAcl update(String endpointId, Supplier<AccessControlRequest> body, Caller caller) {
    return change(
        "endpoint.permissions.update", endpointId, body, caller, AccessControlList::mergedWith);
  }

  private EndpointAcl change(
      String action,
      String endpointId,
      Supplier<AccessControlRequest> body,
      Caller caller,
      BiFunction<AccessControlList, List<Grant>, AccessControlList> how) {
    String target = endpointId;
    try {
      ServingEndpoint endpoint = commands.find(endpointId);
      target = endpoint.name();
      access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
      List<Grant> requested = body.get().grants();
      AclChange change =
          locks.withLock(
              new EndpointName(endpoint.name()),
              () -> commands.change(endpointId, acl -> how.apply(acl, requested), caller));
      changed.fire(new EndpointChanged(endpoint.name()));
      audit.record(
          AuditEvent.success(caller.userName(), action, TARGET_TYPE, target)
              .withChange(change.before().summary(), change.after().summary()));
      return new EndpointAcl(change.endpoint(), change.after());
    } catch (GatehouseException e) {
      // The target's name is known only once the id is resolved, inside the change itself.
      audit.record(
          AuditEvent.success(caller.userName(), action, TARGET_TYPE, target)
              .refused(AuditOutcome.of(e.code()), e.getMessage()));
      throw e;
    }
  }
}
