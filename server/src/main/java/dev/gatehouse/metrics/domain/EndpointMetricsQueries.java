package dev.gatehouse.metrics.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.EndpointAccessPolicy;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.EndpointNotFoundException;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.invocation.domain.ServingSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * An endpoint's series for the metrics route. Anyone who may see the endpoint (CAN_VIEW, admins)
 * may see how it is doing: the series carry counts and timings, no content and no callers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EndpointMetricsQueries {
  @Inject EndpointRepository endpoints;
  @Inject EndpointAccessPolicy access;
  @Inject CallMetrics metrics;
  @Inject ServingSnapshots snapshots;
  @Inject ProviderBreakers breakers;

  public EndpointMetrics of(EndpointName name, Caller caller) {
    ServingEndpoint endpoint =
        endpoints
            .findByName(name.value())
            .orElseThrow(() -> new EndpointNotFoundException(name.value()));
    access.require(caller, endpoint, PermissionLevel.CAN_VIEW);
    Optional<BreakerState> breaker =
        snapshots
            .find(endpoint.name())
            .map(ServingSnapshot::model)
            .flatMap(model -> breakers.of(model.providerKind()));
    return new EndpointMetrics(
        endpoint.name(), metrics.of(endpoint.name(), endpoint.id()), breaker);
  }
}
