package dev.gatehouse.endpoints.infrastructure;

import dev.gatehouse.endpoints.domain.EndpointGrant;
import dev.gatehouse.endpoints.domain.EndpointGrantRepository;
import dev.gatehouse.endpoints.domain.Grantee;
import dev.gatehouse.endpoints.domain.GranteeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaEndpointGrantRepository implements EndpointGrantRepository {
  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  public List<EndpointGrant> ofEndpoint(String endpointId) {
    return em.createQuery(
            "SELECT g FROM EndpointGrant g WHERE g.endpointId = :id", EndpointGrant.class)
        .setParameter("id", endpointId)
        .getResultList();
  }

  @Override
  public List<EndpointGrant> heldBy(Grantee principal, Set<String> groups) {
    String jpql =
        "SELECT g FROM EndpointGrant g WHERE (g.granteeType = :type AND g.granteeName = :name)"
            + (groups.isEmpty() ? "" : " OR (g.granteeType = :group AND g.granteeName IN :groups)");
    TypedQuery<EndpointGrant> query =
        em.createQuery(jpql, EndpointGrant.class)
            .setParameter("type", principal.type().name())
            .setParameter("name", principal.name());
    if (!groups.isEmpty()) {
      query
          .setParameter("group", GranteeType.GROUP.name())
          .setParameter("groups", List.copyOf(groups));
    }
    return query.getResultList();
  }

  @Override
  public void add(EndpointGrant grant) {
    em.persist(grant);
  }

  @Override
  public void remove(EndpointGrant grant) {
    em.remove(grant);
  }

  @Override
  public void removeAllTo(Grantee grantee) {
    em.createQuery(
            "DELETE FROM EndpointGrant g WHERE g.granteeType = :type AND g.granteeName = :name")
        .setParameter("type", grantee.type().name())
        .setParameter("name", grantee.name())
        .executeUpdate();
  }
}
