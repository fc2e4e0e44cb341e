package dev.gatehouse.metrics.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.EndpointAccessPolicy;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.EndpointNotFoundException;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
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

  /** Empty when the endpoint had no calls since it was created or the server started. */
  public Optional<EndpointSeries> series(EndpointName name, Caller caller) {
    ServingEndpoint endpoint =
        endpoints
            .findByName(name.value())
            .orElseThrow(() -> new EndpointNotFoundException(name.value()));
    access.require(caller, endpoint, PermissionLevel.CAN_VIEW);
    return metrics.of(endpoint.name(), endpoint.id());
  }
}
