package dev.gatehouse.metrics.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The series of one endpoint, by the endpoint's id: a new endpoint that reuses a deleted one's name
 * starts from zero. Label values come from bounded sets (statuses, error codes, limit keys), so the
 * number of series per endpoint is bounded too.
 */
public final class EndpointSeries {
  private final String endpointId;
  private final Map<Series, LongAdder> counters = new ConcurrentHashMap<>();
  private final Map<Series, Histogram> histograms = new ConcurrentHashMap<>();

  EndpointSeries(String endpointId) {
    this.endpointId = endpointId;
  }

  public String endpointId() {
    return endpointId;
  }

  void count(Series series, long amount) {
    counters.computeIfAbsent(series, s -> new LongAdder()).add(amount);
  }

  void observe(Series series, Duration duration) {
    histograms.computeIfAbsent(series, s -> new Histogram()).observe(duration);
  }

  /** Every counter's current value. */
  public Map<Series, Long> counters() {
    return counters.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
  }

  /** Every histogram's current buckets. */
  public Map<Series, Histogram.Snapshot> histograms() {
    return histograms.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().snapshot()));
  }

  /** Every series of the endpoint, counters and histograms. */
  Iterable<Series> all() {
    return () -> Stream.concat(counters.keySet().stream(), histograms.keySet().stream()).iterator();
  }
}
