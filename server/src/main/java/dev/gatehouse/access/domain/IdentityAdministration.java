package dev.gatehouse.access.domain;

import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditedChanges;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one way users, service principals and groups change: only admins may change them, every
 * change (and every refused attempt) is audited, and changes run one at a time, each committed
 * before the next starts. Identity changes are rare, so one lock is enough; it makes the checks for
 * taken names and for the last admin exact on this node, and the admins group's version catches a
 * concurrent change on another.
 */
@ApplicationScoped
public class IdentityAdministration {
  @Inject IdentityCommands commands;
  @Inject IdentityDirectory directory;
  @Inject AuditedChanges audited;

  private final ReentrantLock lock = new ReentrantLock();

  public PrincipalDetails createPrincipal(PrincipalKind kind, NewPrincipal request, Caller caller) {
    return audited.run(
        attempt(caller, kind, "create", request.name()),
        () -> exclusive(caller, () -> commands.createPrincipal(kind, request)),
        created ->
            attempt(caller, kind, "create", request.name())
                .withChange(null, IdentitySummaries.of(created)));
  }

  public PrincipalDetails patchPrincipal(
      PrincipalKind kind, long id, List<PrincipalChange> changes, Caller caller) {
    Changed<PrincipalDetails> changed =
        audited.run(
            attempt(caller, kind, "update", nameOf(id)),
            () -> exclusive(caller, () -> commands.patchPrincipal(kind, id, changes)),
            c ->
                attempt(caller, kind, "update", c.after().principal().userName())
                    .withChange(c.before(), IdentitySummaries.of(c.after())));
    return changed.after();
  }

  public void deletePrincipal(PrincipalKind kind, long id, Caller caller) {
    audited.run(
        attempt(caller, kind, "delete", nameOf(id)),
        () -> exclusive(caller, () -> commands.deletePrincipal(kind, id)),
        d ->
            attempt(caller, kind, "delete", d.principal().principal().userName())
                .withChange(
                    IdentitySummaries.of(d.principal()),
                    Json.MAPPER.valueToTree(Map.of("revoked_token_ids", d.revokedTokenIds()))));
  }

  public GroupDetails createGroup(String displayName, List<Long> memberIds, Caller caller) {
    return audited.run(
        groupAttempt(caller, "group.create", displayName),
        () -> exclusive(caller, () -> commands.createGroup(displayName, memberIds)),
        created ->
            groupAttempt(caller, "group.create", created.group().displayName())
                .withChange(null, IdentitySummaries.of(created)));
  }

  public GroupDetails patchGroup(long id, List<GroupChange> changes, Caller caller) {
    String action = GroupChange.touchesMembers(changes) ? "group.members.update" : "group.update";
    Changed<GroupDetails> changed =
        audited.run(
            groupAttempt(caller, action, nameOf(id)),
            () -> exclusive(caller, () -> commands.patchGroup(id, changes)),
            c ->
                groupAttempt(caller, action, c.after().group().displayName())
                    .withChange(c.before(), IdentitySummaries.of(c.after())));
    return changed.after();
  }

  public void deleteGroup(long id, Caller caller) {
    audited.run(
        groupAttempt(caller, "group.delete", nameOf(id)),
        () -> exclusive(caller, () -> commands.deleteGroup(id)),
        deleted ->
            groupAttempt(caller, "group.delete", deleted.group().displayName())
                .withChange(IdentitySummaries.of(deleted), null));
  }

  private <T> T exclusive(Caller caller, Supplier<T> change) {
    if (!caller.admin()) {
      throw new PermissionDeniedException(
          "Only members of the admins group may create, change or delete users, service"
              + " principals and groups.");
    }
    lock.lock();
    try {
      return change.get();
    } finally {
      lock.unlock();
    }
  }

  /** The name an audit record of a change to {@code id} names, even if the change is refused. */
  private String nameOf(long id) {
    return directory.byId(id).map(IdentityRef::name).orElse(Long.toString(id));
  }

  private static AuditEvent attempt(Caller caller, PrincipalKind kind, String verb, String name) {
    String type = targetType(kind);
    return AuditEvent.success(caller.userName(), type + "." + verb, type, name);
  }

  private static AuditEvent groupAttempt(Caller caller, String action, String name) {
    return AuditEvent.success(caller.userName(), action, "group", name);
  }

  /** The audit target type of a principal kind: {@code user} or {@code service-principal}. */
  public static String targetType(PrincipalKind kind) {
    return kind == PrincipalKind.USER ? "user" : "service-principal";
  }
}
