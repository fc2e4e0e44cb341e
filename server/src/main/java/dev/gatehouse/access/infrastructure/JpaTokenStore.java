package dev.gatehouse.access.infrastructure;

import dev.gatehouse.access.domain.ApiToken;
import dev.gatehouse.access.domain.Principal;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.access.domain.TokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTokenStore implements TokenStore {
  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  public Optional<ApiToken> findByHash(String hash) {
    return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Principal> findPrincipal(PrincipalKind kind, String userName) {
    return em.createQuery(
            "SELECT p FROM Principal p WHERE p.kind = :kind AND p.userName = :name",
            Principal.class)
        .setParameter("kind", kind)
        .setParameter("name", userName)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiToken> bootstrapTokens() {
    return em.createQuery("SELECT t FROM ApiToken t WHERE t.bootstrap = TRUE", ApiToken.class)
        .getResultList();
  }

  @Override
  public void save(Object entity) {
    em.persist(entity);
  }

  @Override
  public void remove(ApiToken token) {
    em.remove(token);
  }
}
