package dev.gatehouse.metrics.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps what would go to MicroProfile Metrics, so tests see the mirror follow the series. */
final class RecordingMirror implements MetricsMirror {
  final Map<Series, Long> counted = new ConcurrentHashMap<>();
  final Set<Series> observed = ConcurrentHashMap.newKeySet();

  @Override
  public void count(Series series, long amount) {
    counted.merge(series, amount, Long::sum);
  }

  @Override
  public void observe(Series series, Duration duration) {
    observed.add(series);
  }

  @Override
  public void remove(Series series) {
    counted.remove(series);
    observed.remove(series);
  }
}
