package dev.gatehouse.access.infrastructure;

import dev.gatehouse.access.domain.ApiToken;
import dev.gatehouse.access.domain.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTokenStore implements TokenStore {
  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  public Optional<ApiToken> findByHash(String hash) {
    return em.createQuery(
            "SELECT t FROM ApiToken t JOIN FETCH t.principal WHERE t.tokenHash = :hash",
            ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ApiToken> findByTokenId(String tokenId) {
    return em.createQuery(
            "SELECT t FROM ApiToken t JOIN FETCH t.principal WHERE t.tokenId = :id", ApiToken.class)
        .setParameter("id", tokenId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiToken> ownedBy(long principalId) {
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.principal.id = :p ORDER BY t.id", ApiToken.class)
        .setParameter("p", principalId)
        .getResultList();
  }

  @Override
  public List<ApiToken> all(Long createdById, String createdByName) {
    String where = "";
    if (createdById != null) {
      where += " AND t.createdById = :id";
    }
    if (createdByName != null) {
      where += " AND LOWER(t.createdBy) = LOWER(:name)";
    }
    TypedQuery<ApiToken> q =
        em.createQuery(
            "SELECT t FROM ApiToken t JOIN FETCH t.principal WHERE 1 = 1"
                + where
                + " ORDER BY t.id",
            ApiToken.class);
    if (createdById != null) {
      q.setParameter("id", createdById);
    }
    if (createdByName != null) {
      q.setParameter("name", createdByName);
    }
    return q.getResultList();
  }

  @Override
  public List<ApiToken> bootstrapTokens() {
    return em.createQuery("SELECT t FROM ApiToken t WHERE t.bootstrap = TRUE", ApiToken.class)
        .getResultList();
  }

  @Override
  public void add(ApiToken token) {
    em.persist(token);
  }

  @Override
  public void remove(ApiToken token) {
    em.remove(em.contains(token) ? token : em.merge(token));
  }

  @Override
  public List<String> removeAllOwnedBy(long principalId) {
    List<String> ids =
        em.createQuery("SELECT t.tokenId FROM ApiToken t WHERE t.principal.id = :p", String.class)
            .setParameter("p", principalId)
            .getResultList();
    em.createQuery("DELETE FROM ApiToken t WHERE t.principal.id = :p")
        .setParameter("p", principalId)
        .executeUpdate();
    return ids;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordUse(long id, long now) {
    em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
  }
}
