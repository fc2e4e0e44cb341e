package dev.gatehouse.secrets.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.platform.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Every change to scopes, secrets and ACLs, with its permission check. Joins the caller's
 * transaction when there is one: a managed credential is written in the same transaction as the
 * endpoint config that uses it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SecretCommands {
  /** The Databricks limit per scope; the managed scope has none (one secret per credential). */
  public static final int MAX_SECRETS_PER_SCOPE = 1000;

  @Inject SecretRepository repository;
  @Inject SecretCipher cipher;

  public void createScope(ScopeName name, boolean allUsersManage, Caller caller) {
    if (name.managed()) {
      throw new InvalidParameterException(
          "Secret scope name '"
              + name
              + "' is reserved for the credentials Gatehouse manages; choose another name.");
    }
    if (repository.findScope(name).isPresent()) {
      throw new SecretScopeAlreadyExistsException(name);
    }
    long now = System.currentTimeMillis();
    SecretScope scope = new SecretScope(name, caller.userName(), now);
    scope.grant(
        allUsersManage ? SecretScope.ALL_USERS : caller.userName(), AclPermission.MANAGE, now);
    repository.addScope(scope);
    flush(() -> new SecretScopeAlreadyExistsException(name));
  }

  /** Deletes the scope with its secrets and ACLs; returns how many secrets it held. */
  public long deleteScope(ScopeName name, Caller caller) {
    SecretScope scope = writable(name, caller, AclPermission.MANAGE);
    long count = repository.countSecrets(scope);
    repository.removeScope(scope);
    return count;
  }

  /** Creates or replaces a secret; returns whether it was created. */
  public boolean putSecret(SecretId id, SecretValue value, Caller caller) {
    SecretScope scope = writable(id.scope(), caller, AclPermission.WRITE);
    return put(scope, id, value.checkSize("The value"), caller.userName());
  }

  public void deleteSecret(SecretId id, Caller caller) {
    writable(id.scope(), caller, AclPermission.WRITE);
    repository.removeSecret(
        repository.findSecret(id).orElseThrow(() -> new SecretNotFoundException(id)));
  }

  /** Gives the principal exactly this permission; returns the ACL it had before, if any. */
  public Optional<Acl> putAcl(
      ScopeName name, String principal, AclPermission permission, Caller caller) {
    SecretScope scope = writable(name, caller, AclPermission.MANAGE);
    Optional<Acl> before =
        scope
            .grant(principal, permission, System.currentTimeMillis())
            .map(p -> new Acl(principal, p));
    flush(
        () ->
            new SecretStoreConflictException(
                "The ACLs of secret scope '" + name + "' changed concurrently; try again."));
    return before;
  }

  /** Removes the principal's ACL; returns it. */
  public Acl deleteAcl(ScopeName name, String principal, Caller caller) {
    SecretScope scope = writable(name, caller, AclPermission.MANAGE);
    return new Acl(principal, scope.revoke(principal));
  }

  /** Stores a credential in the managed scope, which no user may touch. */
  public void putManaged(KeyName key, SecretValue value, String by) {
    SecretScope scope = repository.findScope(ScopeName.MANAGED).orElseThrow();
    put(scope, new SecretId(ScopeName.MANAGED, key), value, by);
  }

  /**
   * Deletes the managed secrets whose key starts with {@code prefix}, except those {@code keep}
   * accepts; returns the keys deleted.
   */
  public List<KeyName> deleteManaged(String prefix, Predicate<KeyName> keep) {
    SecretScope scope = repository.findScope(ScopeName.MANAGED).orElseThrow();
    List<KeyName> deleted = new ArrayList<>();
    for (StoredSecret secret : repository.secretsWithKeyPrefix(scope, prefix)) {
      if (!keep.test(secret.key())) {
        repository.removeSecret(secret);
        deleted.add(secret.key());
      }
    }
    return deleted;
  }

  private boolean put(SecretScope scope, SecretId id, SecretValue value, String by) {
    Ciphertext sealed = cipher.encrypt(value.bytes(), id.associatedData());
    long now = System.currentTimeMillis();
    Optional<StoredSecret> existing = repository.findSecret(id);
    if (existing.isPresent()) {
      existing.get().replace(sealed, by, now);
      return false;
    }
    if (!id.scope().managed() && repository.countSecrets(scope) >= MAX_SECRETS_PER_SCOPE) {
      throw new SecretLimitExceededException(
          "Secret scope '"
              + id.scope()
              + "' already holds "
              + MAX_SECRETS_PER_SCOPE
              + " secrets, the limit; delete one or use another scope.");
    }
    repository.addSecret(new StoredSecret(scope, id.key(), sealed, by, now));
    flush(
        () ->
            new SecretStoreConflictException(
                "Secret '" + id + "' was created concurrently; try again."));
    return true;
  }

  /**
   * A scope users may change: it exists, is not the managed one, and the caller holds the level.
   */
  private SecretScope writable(ScopeName name, Caller caller, AclPermission needed) {
    SecretScope scope =
        repository.findScope(name).orElseThrow(() -> new SecretScopeNotFoundException(name));
    if (name.managed()) {
      throw new PermissionDeniedException(
          "Secret scope '"
              + name
              + "' holds the *_plaintext credentials of endpoint configs and only Gatehouse"
              + " changes it; change a credential by updating its endpoint's config.");
    }
    scope.require(caller, needed);
    return scope;
  }

  /** Writes now, so a concurrent insert of the same name surfaces as a named conflict. */
  private void flush(Supplier<GatehouseException> conflict) {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      if (SqlStates.isConstraintViolation(e)) {
        throw conflict.get();
      }
      throw e;
    }
  }
}
