package dev.gatehouse.metrics.infrastructure;

import dev.gatehouse.metrics.domain.Meter;
import dev.gatehouse.metrics.domain.MetricsMirror;
import dev.gatehouse.metrics.domain.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Endpoint series in the application registry, which Payara serves on {@code /metrics}: counters as
 * counters, histograms as timers (Payara renders their count, sum, max and quantiles).
 */
@ApplicationScoped
public class MicroProfileMetricsMirror implements MetricsMirror {
  @Inject MetricRegistry registry;

  @Override
  public void count(Series series, long amount) {
    registry.counter(metadata(series.meter()), tags(series)).inc(amount);
  }

  @Override
  public void observe(Series series, Duration duration) {
    registry.timer(metadata(series.meter()), tags(series)).update(duration);
  }

  @Override
  public void remove(Series series) {
    registry.remove(new MetricID(series.meter().baseName(), tags(series)));
  }

  private static Metadata metadata(Meter meter) {
    return Metadata.builder()
        .withName(meter.baseName())
        .withDescription(meter.help())
        .withUnit(meter.type() == Meter.Type.HISTOGRAM ? MetricUnits.NANOSECONDS : MetricUnits.NONE)
        .build();
  }

  private static Tag[] tags(Series series) {
    return series.labels().entrySet().stream()
        .map(e -> new Tag(e.getKey(), e.getValue()))
        .toArray(Tag[]::new);
  }
}
