package dev.gatehouse.metrics.infrastructure;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.invocation.infrastructure.GuardedProviderGateway;
import dev.gatehouse.metrics.domain.BreakerState;
import dev.gatehouse.metrics.domain.ProviderBreakers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Reads the breaker series MicroProfile Fault Tolerance keeps in the base registry for the bean
 * that guards a provider's calls ({@code method} = that bean's {@code exchange}).
 */
@ApplicationScoped
public class FaultToleranceBreakers implements ProviderBreakers {
  static final String STATE = "ft.circuitbreaker.state.total";
  static final String OPENED = "ft.circuitbreaker.opened.total";

  @Inject
  @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
  MetricRegistry base;

  @Inject GuardedProviderGateway gateway;

  @Override
  public Optional<BreakerState> of(ProviderKind provider) {
    if (provider == ProviderKind.PALM) {
      return Optional.empty(); // never called: refused before any bean is picked
    }
    String method = gateway.guardOf(provider).getName() + ".exchange";
    SortedMap<String, Double> seconds = new TreeMap<>();
    long opened = 0;
    boolean found = false;
    for (Map.Entry<MetricID, Metric> entry : base.getMetrics().entrySet()) {
      MetricID id = entry.getKey();
      if (!method.equals(id.getTags().get("method"))) {
        continue;
      }
      if (id.getName().equals(STATE)) {
        seconds.put(id.getTags().get("state"), inSeconds(entry.getValue(), STATE));
        found = true;
      } else if (id.getName().equals(OPENED)) {
        opened = (long) value(entry.getValue());
      }
    }
    return found
        ? Optional.of(new BreakerState(provider.wire(), seconds, opened))
        : Optional.empty();
  }

  private double inSeconds(Metric metric, String name) {
    double value = value(metric);
    Metadata metadata = base.getMetadata(name);
    return metadata != null && MetricUnits.NANOSECONDS.equals(metadata.getUnit())
        ? value / 1e9
        : value;
  }

  private static double value(Metric metric) {
    if (metric instanceof Counter counter) {
      return counter.getCount();
    }
    if (metric instanceof Gauge<?> gauge) {
      return gauge.getValue().doubleValue();
    }
    return 0;
  }
}
