package dev.gatehouse.metrics.domain;

import java.util.Optional;

/**
 * What the metrics route shows for one endpoint: its own series (empty before its first call) and
 * its provider's circuit breaker (empty while it serves no external model or the provider was not
 * called yet).
 */
public record EndpointMetrics(
    String endpoint, Optional<EndpointSeries> series, Optional<BreakerState> breaker) {}
