package dev.gatehouse.metrics.api;

import dev.gatehouse.metrics.domain.BreakerState;
import dev.gatehouse.metrics.domain.EndpointMetrics;
import dev.gatehouse.metrics.domain.EndpointSeries;
import dev.gatehouse.metrics.domain.Histogram;
import dev.gatehouse.metrics.domain.Meter;
import dev.gatehouse.metrics.domain.Series;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Prometheus text exposition format, version 0.0.4: per meter a {@code HELP} and {@code TYPE}
 * line, then its series sorted by labels; histograms as cumulative {@code _bucket}s with {@code
 * le}, {@code _sum} and {@code _count}.
 */
public final class PrometheusText {
  public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  static final String BREAKER_STATE = "gatehouse_endpoint_circuit_breaker_state_seconds_total";
  static final String BREAKER_STATE_HELP =
      "Seconds the provider's circuit breaker spent in each state (ft_circuitbreaker_state_total);"
          + " the current state is the one growing";
  static final String BREAKER_OPENED = "gatehouse_endpoint_circuit_breaker_opened_total";
  static final String BREAKER_OPENED_HELP =
      "Times the provider's circuit breaker opened (ft_circuitbreaker_opened_total)";

  private PrometheusText() {}

  public static String render(EndpointMetrics metrics) {
    StringBuilder out = new StringBuilder();
    metrics.series().ifPresent(series -> series(out, series));
    metrics.breaker().ifPresent(breaker -> breaker(out, metrics.endpoint(), breaker));
    return out.toString();
  }

  private static void series(StringBuilder out, EndpointSeries series) {
    Map<Meter, Map<Series, Long>> counters = byMeter(series.counters());
    Map<Meter, Map<Series, Histogram.Snapshot>> histograms = byMeter(series.histograms());
    for (Meter meter : Meter.values()) {
      if (counters.containsKey(meter)) {
        header(out, meter);
        counters.get(meter).forEach((s, v) -> sample(out, meter.exposedName(), s.labels(), v));
      }
      if (histograms.containsKey(meter)) {
        header(out, meter);
        histograms.get(meter).forEach((s, h) -> histogram(out, meter.exposedName(), s, h));
      }
    }
  }

  /** The provider's breaker, copied from Fault Tolerance's series with the endpoint's labels. */
  private static void breaker(StringBuilder out, String endpoint, BreakerState breaker) {
    header(out, BREAKER_STATE, "counter", BREAKER_STATE_HELP);
    breaker
        .secondsInState()
        .forEach(
            (state, seconds) ->
                sample(
                    out,
                    BREAKER_STATE,
                    labels("endpoint", endpoint, "provider", breaker.provider(), "state", state),
                    seconds));
    header(out, BREAKER_OPENED, "counter", BREAKER_OPENED_HELP);
    sample(
        out,
        BREAKER_OPENED,
        labels("endpoint", endpoint, "provider", breaker.provider()),
        breaker.opened());
  }

  private static SortedMap<String, String> labels(String... namesAndValues) {
    return Series.of(Meter.CALLS, namesAndValues).labels();
  }

  private static <V> Map<Meter, Map<Series, V>> byMeter(Map<Series, V> values) {
    Comparator<Series> byLabels = Comparator.comparing(s -> s.labels().toString());
    return values.entrySet().stream()
        .collect(
            Collectors.groupingBy(
                e -> e.getKey().meter(),
                Collectors.toMap(
                    Map.Entry::getKey,
                    Map.Entry::getValue,
                    (a, b) -> a,
                    () -> new TreeMap<>(byLabels))));
  }

  private static void header(StringBuilder out, Meter meter) {
    String type = meter.type() == Meter.Type.COUNTER ? "counter" : "histogram";
    header(out, meter.exposedName(), type, meter.help());
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void histogram(
      StringBuilder out, String name, Series series, Histogram.Snapshot snapshot) {
    long[] cumulative = snapshot.cumulative();
    for (int i = 0; i < cumulative.length; i++) {
      SortedMap<String, String> labels = new TreeMap<>(series.labels());
      labels.put("le", i < Histogram.BOUNDS.length ? number(Histogram.BOUNDS[i]) : "+Inf");
      sample(out, name + "_bucket", labels, cumulative[i]);
    }
    sample(out, name + "_sum", series.labels(), snapshot.sum());
    sample(out, name + "_count", series.labels(), snapshot.count());
  }

  private static void sample(
      StringBuilder out, String name, SortedMap<String, String> labels, Number value) {
    out.append(name);
    if (!labels.isEmpty()) {
      out.append(
          labels.entrySet().stream()
              .map(e -> e.getKey() + "=\"" + escape(e.getValue()) + '"')
              .collect(Collectors.joining(",", "{", "}")));
    }
    out.append(' ').append(value instanceof Double d ? number(d) : value.toString()).append('\n');
  }

  private static String number(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** Label values escape backslash, double quote and line feed, as the format requires. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
