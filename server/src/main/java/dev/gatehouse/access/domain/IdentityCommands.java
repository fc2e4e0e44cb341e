package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every change to users, service principals and groups, each in its own transaction. Callers go
 * through {@link IdentityAdministration}, which checks the caller, serializes the changes and
 * audits them. Any change that could take away the last administrator checks that an active member
 * of {@code admins} remains before it commits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdentityCommands {
  @Inject IdentityRepository repository;
  @Inject Event<AccessChanged> accessChanged;
  @Inject IdentityQueries queries;
  @Inject TokenStore tokens;
  @Inject Event<IdentityDeleted> deleted;

  public PrincipalDetails createPrincipal(PrincipalKind kind, NewPrincipal request) {
    repository
        .principalNamed(kind, request.name())
        .ifPresent(
            existing -> {
              throw new IdentityAlreadyExistsException(
                  kind.label(), nameAttribute(kind), existing.userName());
            });
    Principal principal =
        new Principal(
            kind,
            request.name(),
            request.displayName(),
            kind == PrincipalKind.USER ? request.email() : null,
            System.currentTimeMillis());
    if (!request.active()) {
      principal.activate(false, principal.createdAt());
    }
    repository.add(principal);
    flush();
    return queries.principal(kind, principal.id());
  }

  public Changed<PrincipalDetails> patchPrincipal(
      PrincipalKind kind, long id, List<PrincipalChange> changes) {
    accessChanged.fire(new AccessChanged());
    PrincipalDetails current = queries.principal(kind, id);
    JsonNode before = IdentitySummaries.of(current);
    Principal principal = current.principal();
    long now = System.currentTimeMillis();
    for (PrincipalChange change : changes) {
      if (change instanceof PrincipalChange.Rename rename) {
        principal.rename(rename.displayName(), now);
      } else if (change instanceof PrincipalChange.Activate activate) {
        principal.activate(activate.active(), now);
      } else if (change instanceof PrincipalChange.ConfirmName confirm) {
        if (!principal.userName().equalsIgnoreCase(confirm.name())) {
          throw new InvalidParameterException(
              nameAttribute(kind)
                  + " cannot be changed; it is '"
                  + principal.userName()
                  + "', not '"
                  + confirm.name()
                  + "'.");
        }
      } else if (change instanceof PrincipalChange.ChangeEmail email) {
        if (kind != PrincipalKind.USER) {
          throw new InvalidParameterException("Service principals have no e-mail address.");
        }
        principal.changeEmail(email.email(), now);
      }
    }
    flush();
    requireAnAdmin();
    return new Changed<>(before, queries.principal(kind, id));
  }

  /** Deletes the principal with its memberships and tokens; returns it and the revoked tokens. */
  public DeletedPrincipal deletePrincipal(PrincipalKind kind, long id) {
    accessChanged.fire(new AccessChanged());
    PrincipalDetails before = queries.principal(kind, id);
    deleted.fire(new IdentityDeleted(IdentityRef.of(before.principal())));
    List<String> revoked = tokens.removeAllOwnedBy(id);
    repository.removeMemberships(id);
    repository.remove(before.principal());
    flush();
    requireAnAdmin();
    return new DeletedPrincipal(before, revoked);
  }

  public GroupDetails createGroup(String displayName, List<Long> memberIds) {
    accessChanged.fire(new AccessChanged());
    String name = IdentityNames.require("displayName", displayName);
    repository
        .groupNamed(name)
        .ifPresent(
            existing -> {
              throw new IdentityAlreadyExistsException(
                  "Group", "displayName", existing.displayName());
            });
    IdentityGroup group = new IdentityGroup(name, System.currentTimeMillis());
    repository.add(group);
    flush();
    setMembers(group, Set.of(), new LinkedHashSet<>(memberIds));
    flush();
    return queries.group(group.id());
  }

  public Changed<GroupDetails> patchGroup(long id, List<GroupChange> changes) {
    accessChanged.fire(new AccessChanged());
    GroupDetails existing = queries.group(id);
    JsonNode before = IdentitySummaries.of(existing);
    IdentityGroup group = existing.group();
    long now = System.currentTimeMillis();
    GroupChange.newName(changes)
        .filter(name -> !name.equals(group.displayName()))
        .ifPresent(name -> rename(group, name, now));
    Set<Long> current = new LinkedHashSet<>();
    existing.members().forEach(m -> current.add(m.id()));
    setMembers(group, current, GroupChange.members(current, changes));
    group.touch(now);
    flush();
    requireAnAdmin();
    return new Changed<>(before, queries.group(id));
  }

  public GroupDetails deleteGroup(long id) {
    accessChanged.fire(new AccessChanged());
    GroupDetails before = queries.group(id);
    if (before.group().isAdmins()) {
      throw new AdminsProtectedException("The admins group cannot be deleted.");
    }
    deleted.fire(new IdentityDeleted(IdentityRef.of(before.group())));
    repository.removeMemberships(id);
    repository.remove(before.group());
    flush();
    requireAnAdmin();
    return before;
  }

  private void rename(IdentityGroup group, String name, long now) {
    if (group.isAdmins()) {
      throw new AdminsProtectedException("The admins group cannot be renamed.");
    }
    repository
        .groupNamed(name)
        .filter(other -> other.id() != group.id())
        .ifPresent(
            other -> {
              throw new IdentityAlreadyExistsException("Group", "displayName", other.displayName());
            });
    group.rename(name, now);
  }

  private void setMembers(IdentityGroup group, Set<Long> current, Set<Long> wanted) {
    Set<Long> added = new LinkedHashSet<>(wanted);
    added.removeAll(current);
    List<IdentityRef> found = repository.identities(added);
    if (found.size() < added.size()) {
      Set<Long> missing = new LinkedHashSet<>(added);
      found.forEach(r -> missing.remove(r.id()));
      throw new InvalidParameterException(
          "members: no user, service principal or group has id '"
              + missing.iterator().next()
              + "'.");
    }
    GroupGraph graph = GroupGraph.of(repository.nesting());
    for (IdentityRef member : found) {
      if (member.kind() == IdentityKind.GROUP) {
        if (member.id() == group.id()) {
          throw new InvalidParameterException(
              "members: group '" + group.displayName() + "' cannot be a member of itself.");
        }
        if (graph.wouldCycle(group.id(), member.id())) {
          throw new InvalidParameterException(
              "members: group '"
                  + member.name()
                  + "' already contains group '"
                  + group.displayName()
                  + "' (directly or through nested groups), so it cannot also be its member.");
        }
        repository.add(GroupMember.group(group.id(), member.id()));
      } else {
        repository.add(GroupMember.principal(group.id(), member.id()));
      }
    }
    for (long removed : current) {
      if (!wanted.contains(removed)) {
        repository.removeMember(group.id(), removed);
      }
    }
  }

  /** Refuses a change that leaves no active principal in {@code admins}, directly or nested. */
  private void requireAnAdmin() {
    IdentityGroup admins =
        repository
            .groupNamed(IdentityGroup.ADMINS)
            .orElseThrow(() -> new IllegalStateException("the admins group is missing"));
    Set<Long> adminGroups = GroupGraph.of(repository.nesting()).withDescendants(admins.id());
    if (repository.countActivePrincipalsIn(adminGroups) == 0) {
      throw new AdminsProtectedException(
          "This change would leave the admins group without an active member; make another"
              + " principal an admin first.");
    }
  }

  private void flush() {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentIdentityChangeException();
    } catch (PersistenceException e) {
      if (SqlStates.isConstraintViolation(e)) {
        throw new ConcurrentIdentityChangeException();
      }
      throw e;
    }
  }

  static String nameAttribute(PrincipalKind kind) {
    return kind == PrincipalKind.USER ? "userName" : "applicationId";
  }
}
