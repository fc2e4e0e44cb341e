package dev.gatehouse.metrics.domain;

import java.time.Duration;

/**
 * Where endpoint series are exported besides this context's own memory: MicroProfile Metrics, so
 * {@code /metrics} has them too. A port so the series can be tested without a container.
 */
public interface MetricsMirror {
  void count(Series series, long amount);

  void observe(Series series, Duration duration);

  void remove(Series series);
}
