package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.EndpointChanged;
import dev.gatehouse.endpoints.domain.EndpointConfig;
import dev.gatehouse.endpoints.domain.EndpointConfigVersion;
import dev.gatehouse.endpoints.domain.EndpointGrant;
import dev.gatehouse.endpoints.domain.EndpointGrantRepository;
import dev.gatehouse.endpoints.domain.EndpointQueries;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import dev.gatehouse.endpoints.domain.ServedEntity;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.invocation.domain.ServingSnapshots;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Snapshots held in this node's memory, loaded on first use and dropped when an endpoint changes
 * (after the change committed). A snapshot is immutable, so replacing it is atomic: calls that took
 * the old one finish on it. A load that raced with a change is used once but not kept.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InMemoryServingSnapshots implements ServingSnapshots {
  @Inject EndpointRepository endpoints;
  @Inject EndpointGrantRepository grants;

  private final ConcurrentMap<String, Optional<ServingSnapshot>> byName = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  @Override
  public Optional<ServingSnapshot> find(String endpointName) {
    Optional<ServingSnapshot> cached = byName.get(endpointName);
    if (cached != null) {
      return cached;
    }
    long seen = generation.get();
    Optional<ServingSnapshot> loaded = load(endpointName);
    if (generation.get() == seen) {
      byName.put(endpointName, loaded);
      if (generation.get() != seen) {
        byName.remove(endpointName);
      }
    }
    return loaded;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndpointChanged changed) {
    generation.incrementAndGet();
    if (changed.endpoint() == null) {
      byName.clear();
    } else {
      byName.remove(changed.endpoint());
    }
  }

  private Optional<ServingSnapshot> load(String name) {
    Optional<ServingEndpoint> found = endpoints.findByName(name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ServingEndpoint endpoint = found.get();
    AccessControlList acl =
        AccessControlList.of(
            grants.ofEndpoint(endpoint.id()).stream().map(EndpointGrant::toGrant).toList());
    Integer serving = endpoint.servingVersion();
    Optional<EndpointConfigVersion> version =
        serving == null ? Optional.empty() : endpoints.version(endpoint.id(), serving);
    ServedEntity entity = version.flatMap(InMemoryServingSnapshots::externalEntity).orElse(null);
    Task task = endpoint.task() == null ? null : Task.fromWire(endpoint.task());
    return Optional.of(
        new ServingSnapshot(
            endpoint.id(),
            endpoint.name(),
            task,
            serving == null ? 0 : serving,
            entity == null ? null : servedName(entity),
            entity == null ? null : entity.externalModel(),
            acl,
            endpoint.aiGateway() == null
                ? null
                : Json.MAPPER.readValue(endpoint.aiGateway(), AiGatewayConfig.class),
            endpoint.legacyRateLimits() == null
                ? List.of()
                : List.of(
                    Json.MAPPER.readValue(endpoint.legacyRateLimits(), LegacyRateLimit[].class))));
  }

  /** The entity that serves: the first external model (traffic splitting comes later). */
  private static Optional<ServedEntity> externalEntity(EndpointConfigVersion version) {
    EndpointConfig config = EndpointQueries.configOf(version);
    return config.servedEntities() == null
        ? Optional.empty()
        : config.servedEntities().stream().filter(ServedEntity::servesExternalModel).findFirst();
  }

  private static String servedName(ServedEntity entity) {
    return entity.name() != null ? entity.name() : entity.externalModel().name();
  }
}
