package dev.gatehouse.secrets.infrastructure;

import dev.gatehouse.secrets.domain.Ciphertext;
import dev.gatehouse.secrets.domain.ScopeName;
import dev.gatehouse.secrets.domain.SecretId;
import dev.gatehouse.secrets.domain.SecretRepository;
import dev.gatehouse.secrets.domain.SecretScope;
import dev.gatehouse.secrets.domain.StoredSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaSecretRepository implements SecretRepository {
  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  public Optional<SecretScope> findScope(ScopeName name) {
    return em.createQuery("SELECT s FROM SecretScope s WHERE s.name = :name", SecretScope.class)
        .setParameter("name", name.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SecretScope> scopes() {
    return em.createQuery("SELECT s FROM SecretScope s ORDER BY s.name", SecretScope.class)
        .getResultList();
  }

  @Override
  public void addScope(SecretScope scope) {
    em.persist(scope);
  }

  @Override
  public void removeScope(SecretScope scope) {
    em.createQuery("DELETE FROM StoredSecret s WHERE s.scope = :scope")
        .setParameter("scope", scope)
        .executeUpdate();
    em.remove(scope);
  }

  @Override
  public Optional<StoredSecret> findSecret(SecretId id) {
    return em.createQuery(
            "SELECT s FROM StoredSecret s WHERE s.scope.name = :scope AND s.key = :key",
            StoredSecret.class)
        .setParameter("scope", id.scope().value())
        .setParameter("key", id.key().value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<StoredSecret> secrets(SecretScope scope) {
    return em.createQuery(
            "SELECT s FROM StoredSecret s WHERE s.scope = :scope ORDER BY s.key",
            StoredSecret.class)
        .setParameter("scope", scope)
        .getResultList();
  }

  @Override
  public List<StoredSecret> secretsWithKeyPrefix(SecretScope scope, String prefix) {
    String escaped = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return em.createQuery(
            "SELECT s FROM StoredSecret s WHERE s.scope = :scope AND s.key LIKE :prefix ESCAPE '!'"
                + " ORDER BY s.key",
            StoredSecret.class)
        .setParameter("scope", scope)
        .setParameter("prefix", escaped + "%")
        .getResultList();
  }

  @Override
  public long countSecrets(SecretScope scope) {
    return em.createQuery("SELECT COUNT(s) FROM StoredSecret s WHERE s.scope = :scope", Long.class)
        .setParameter("scope", scope)
        .getSingleResult();
  }

  @Override
  public void addSecret(StoredSecret secret) {
    em.persist(secret);
  }

  @Override
  public void removeSecret(StoredSecret secret) {
    em.remove(secret);
  }

  @Override
  public Map<String, Long> countByMasterKey() {
    Map<String, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "SELECT s.masterKeyId, COUNT(s) FROM StoredSecret s GROUP BY s.masterKeyId"
                + " ORDER BY s.masterKeyId",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public List<StoredSecret> notEncryptedWith(String masterKeyId, long afterId, int limit) {
    return em.createQuery(
            "SELECT s FROM StoredSecret s WHERE s.masterKeyId <> :key AND s.id > :after"
                + " ORDER BY s.id",
            StoredSecret.class)
        .setParameter("key", masterKeyId)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean replaceCiphertext(long secretId, Ciphertext expected, Ciphertext replacement) {
    return em.createQuery(
                "UPDATE StoredSecret s SET s.masterKeyId = :newKey, s.ciphertext = :newData"
                    + " WHERE s.id = :id AND s.masterKeyId = :oldKey AND s.ciphertext = :oldData")
            .setParameter("newKey", replacement.masterKeyId())
            .setParameter("newData", replacement.data())
            .setParameter("id", secretId)
            .setParameter("oldKey", expected.masterKeyId())
            .setParameter("oldData", expected.data())
            .executeUpdate()
        == 1;
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public void removeAclsOf(String principal) {
    em.createQuery("DELETE FROM SecretAcl a WHERE a.principal = :principal")
        .setParameter("principal", principal)
        .executeUpdate();
  }
}
