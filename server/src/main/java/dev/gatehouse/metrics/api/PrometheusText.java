package dev.gatehouse.metrics.api;

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

  private PrometheusText() {}

  public static String render(EndpointSeries series) {
    StringBuilder out = new StringBuilder();
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
    return out.toString();
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
    out.append("# HELP ").append(meter.exposedName()).append(' ').append(meter.help()).append('\n');
    out.append("# TYPE ").append(meter.exposedName()).append(' ').append(type).append('\n');
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
