package dev.gatehouse.secrets.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the stored scopes (with their ACLs) and secrets. */
public interface SecretRepository {
  Optional<SecretScope> findScope(ScopeName name);

  /** Every scope, by name. */
  List<SecretScope> scopes();

  void addScope(SecretScope scope);

  /** Removes the scope with its ACLs and secrets. */
  void removeScope(SecretScope scope);

  Optional<StoredSecret> findSecret(SecretId id);

  /** The scope's secrets, by key. */
  List<StoredSecret> secrets(SecretScope scope);

  /** The scope's secrets whose key starts with {@code prefix}. */
  List<StoredSecret> secretsWithKeyPrefix(SecretScope scope, String prefix);

  long countSecrets(SecretScope scope);

  void addSecret(StoredSecret secret);

  void removeSecret(StoredSecret secret);

  /** How many secrets each master key encrypts, by key id. */
  Map<String, Long> countByMasterKey();

  /**
   * Up to {@code limit} secrets with an id above {@code afterId} that another key than {@code
   * masterKeyId} encrypts, by id.
   */
  List<StoredSecret> notEncryptedWith(String masterKeyId, long afterId, int limit);

  /**
   * Replaces a secret's ciphertext only if it is still {@code expected}; returns whether it was.
   * Lets a re-encryption lose the race against a concurrent put instead of undoing it.
   */
  boolean replaceCiphertext(long secretId, Ciphertext expected, Ciphertext replacement);

  /** Writes pending changes now, so a conflict surfaces inside the caller's transaction. */
  void flush();

  /** Removes the principal's ACLs on every scope. */
  void removeAclsOf(String principal);
}
