package dev.gatehouse.secrets.domain;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The repository port in memory, with the managed scope the migration creates. */
final class InMemorySecretRepository implements SecretRepository {
  private final Map<String, SecretScope> scopes = new TreeMap<>();
  private final List<StoredSecret> secrets = new ArrayList<>();
  private long nextId = 1;

  InMemorySecretRepository() {
    scopes.put(ScopeName.MANAGED.value(), new SecretScope(ScopeName.MANAGED, "gatehouse", 0));
  }

  @Override
  public Optional<SecretScope> findScope(ScopeName name) {
    return Optional.ofNullable(scopes.get(name.value()));
  }

  @Override
  public List<SecretScope> scopes() {
    return List.copyOf(scopes.values());
  }

  @Override
  public void addScope(SecretScope scope) {
    scopes.put(scope.name().value(), scope);
  }

  @Override
  public void removeScope(SecretScope scope) {
    secrets.removeIf(s -> s.secretId().scope().equals(scope.name()));
    scopes.remove(scope.name().value());
  }

  @Override
  public Optional<StoredSecret> findSecret(SecretId id) {
    return secrets.stream().filter(s -> s.secretId().equals(id)).findFirst();
  }

  @Override
  public List<StoredSecret> secrets(SecretScope scope) {
    return secrets.stream()
        .filter(s -> s.secretId().scope().equals(scope.name()))
        .sorted(Comparator.comparing(s -> s.key().value()))
        .toList();
  }

  @Override
  public List<StoredSecret> secretsWithKeyPrefix(SecretScope scope, String prefix) {
    return secrets(scope).stream().filter(s -> s.key().value().startsWith(prefix)).toList();
  }

  @Override
  public long countSecrets(SecretScope scope) {
    return secrets(scope).size();
  }

  @Override
  public void addSecret(StoredSecret secret) {
    setId(secret, nextId++);
    secrets.add(secret);
  }

  @Override
  public void removeSecret(StoredSecret secret) {
    secrets.remove(secret);
  }

  @Override
  public Map<String, Long> countByMasterKey() {
    Map<String, Long> counts = new LinkedHashMap<>();
    secrets.forEach(s -> counts.merge(s.ciphertext().masterKeyId(), 1L, Long::sum));
    return counts;
  }

  @Override
  public List<StoredSecret> notEncryptedWith(String masterKeyId, long afterId, int limit) {
    return secrets.stream()
        .filter(s -> !s.ciphertext().masterKeyId().equals(masterKeyId) && s.id() > afterId)
        .sorted(Comparator.comparingLong(StoredSecret::id))
        .limit(limit)
        .toList();
  }

  @Override
  public boolean replaceCiphertext(long secretId, Ciphertext expected, Ciphertext replacement) {
    for (StoredSecret s : secrets) {
      if (s.id() == secretId && s.ciphertext().equals(expected)) {
        s.replace(replacement, "rotation", s.updatedAt());
        return true;
      }
    }
    return false;
  }

  @Override
  public void flush() {}

  List<StoredSecret> all() {
    return List.copyOf(secrets);
  }

  private static void setId(StoredSecret secret, long id) {
    try {
      Field field = StoredSecret.class.getDeclaredField("id");
      field.setAccessible(true);
      field.setLong(secret, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void removeAclsOf(String principal) {
    scopes
        .values()
        .forEach(scope -> scope.aclOf(principal).ifPresent(p -> scope.revoke(principal)));
  }
}
