package dev.gatehouse.metrics.domain;

import dev.gatehouse.endpoints.domain.ProviderKind;
import java.util.Optional;

/** Reads a provider's circuit breaker where Fault Tolerance keeps it; nothing is counted twice. */
public interface ProviderBreakers {
  /** Empty until the provider's guarded bean has been called (Fault Tolerance registers lazily). */
  Optional<BreakerState> of(ProviderKind provider);
}
