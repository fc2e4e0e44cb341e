package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * How other contexts look identities up: by the names the Databricks APIs use (user name, service
 * principal application id, group display name; all ignoring case) or by id, and a principal's
 * groups with nesting resolved.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IdentityDirectory {
  @Inject IdentityRepository repository;

  public Optional<IdentityRef> user(String userName) {
    return repository.principalNamed(PrincipalKind.USER, userName).map(IdentityRef::of);
  }

  public Optional<IdentityRef> servicePrincipal(String applicationId) {
    return repository
        .principalNamed(PrincipalKind.SERVICE_PRINCIPAL, applicationId)
        .map(IdentityRef::of);
  }

  public Optional<IdentityRef> group(String displayName) {
    return repository.groupNamed(displayName).map(IdentityRef::of);
  }

  public Optional<IdentityRef> byId(long id) {
    return repository.identities(Set.of(id)).stream().findFirst();
  }

  /** The names of every group the principal is in, directly or through nested groups. */
  public Set<String> groupNamesOf(long principalId) {
    var edges = repository.directGroupsAndNesting(principalId);
    var direct = edges.stream().filter(e -> !e.isNesting()).toList();
    return GroupGraph.of(edges).namesWithAncestors(direct);
  }

  /** Whether the principal is a member of {@code admins}, directly or through nested groups. */
  public boolean isAdmin(long principalId) {
    return groupNamesOf(principalId).contains(IdentityGroup.ADMINS);
  }
}
