package dev.gatehouse.secrets.domain;

import dev.gatehouse.access.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads scopes, secret metadata and ACLs as the caller may see them. Never a value. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SecretQueries {
  @Inject SecretRepository repository;

  /** A scope as listed. */
  public record ScopeSummary(String name, String backendType) {}

  /** A secret as listed: its key and when its value last changed. */
  public record SecretMetadata(String key, long lastUpdatedTimestamp) {}

  /** The scopes on which the caller holds any permission (admins: all of them), by name. */
  public List<ScopeSummary> scopes(Caller caller) {
    return repository.scopes().stream()
        .filter(scope -> scope.levelFor(caller).isPresent())
        .map(scope -> new ScopeSummary(scope.name().value(), scope.backendType()))
        .toList();
  }

  public List<SecretMetadata> secrets(ScopeName name, Caller caller) {
    SecretScope scope = scope(name, caller, AclPermission.READ);
    return repository.secrets(scope).stream()
        .map(s -> new SecretMetadata(s.key().value(), s.updatedAt()))
        .toList();
  }

  public Acl acl(ScopeName name, String principal, Caller caller) {
    SecretScope scope = scope(name, caller, AclPermission.MANAGE);
    return scope
        .aclOf(principal)
        .map(permission -> new Acl(principal, permission))
        .orElseThrow(() -> new SecretAclNotFoundException(name, principal));
  }

  public List<Acl> acls(ScopeName name, Caller caller) {
    SecretScope scope = scope(name, caller, AclPermission.MANAGE);
    return scope.acls().stream().map(a -> new Acl(a.principal(), a.permission())).toList();
  }

  private SecretScope scope(ScopeName name, Caller caller, AclPermission needed) {
    SecretScope scope =
        repository.findScope(name).orElseThrow(() -> new SecretScopeNotFoundException(name));
    scope.require(caller, needed);
    return scope;
  }
}
