package dev.gatehouse.endpoints.infrastructure;

import dev.gatehouse.endpoints.domain.ConfigUpdateState;
import dev.gatehouse.endpoints.domain.EndpointConfigVersion;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEndpointRepository implements EndpointRepository {
  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  public Optional<ServingEndpoint> findByName(String name) {
    return em.createQuery(
            "SELECT e FROM ServingEndpoint e WHERE e.name = :name", ServingEndpoint.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ServingEndpoint> findById(String id) {
    return Optional.ofNullable(em.find(ServingEndpoint.class, id));
  }

  @Override
  public List<ServingEndpoint> listByName() {
    return em.createQuery("SELECT e FROM ServingEndpoint e ORDER BY e.name", ServingEndpoint.class)
        .getResultList();
  }

  @Override
  public List<ServingEndpoint> withUpdateInProgress() {
    return em.createQuery(
            "SELECT e FROM ServingEndpoint e WHERE e.configUpdate = :state", ServingEndpoint.class)
        .setParameter("state", ConfigUpdateState.IN_PROGRESS)
        .getResultList();
  }

  @Override
  public void add(ServingEndpoint endpoint) {
    em.persist(endpoint);
  }

  @Override
  public void remove(ServingEndpoint endpoint) {
    em.createQuery("DELETE FROM EndpointConfigVersion v WHERE v.endpointId = :id")
        .setParameter("id", endpoint.id())
        .executeUpdate();
    em.remove(endpoint);
  }

  @Override
  public void addVersion(EndpointConfigVersion version) {
    em.persist(version);
  }

  @Override
  public Optional<EndpointConfigVersion> version(String endpointId, int version) {
    return em.createQuery(
            "SELECT v FROM EndpointConfigVersion v WHERE v.endpointId = :id AND v.version = :v",
            EndpointConfigVersion.class)
        .setParameter("id", endpointId)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EndpointConfigVersion> versions(String endpointId, Integer before, int limit) {
    // The unique (endpoint_id, version) index serves both the filter and the order.
    TypedQuery<EndpointConfigVersion> query =
        em.createQuery(
                "SELECT v FROM EndpointConfigVersion v WHERE v.endpointId = :id AND v.version < :before"
                    + " ORDER BY v.version DESC",
                EndpointConfigVersion.class)
            .setParameter("id", endpointId)
            .setParameter("before", before == null ? Integer.MAX_VALUE : before);
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
