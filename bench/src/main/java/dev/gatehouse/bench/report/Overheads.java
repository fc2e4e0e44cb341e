package dev.gatehouse.bench.report;

import tools.jackson.databind.JsonNode;

/** What a gateway adds over calling the upstream directly, at the same rate and percentile. */
final class Overheads {
  private Overheads() {}

  /** {@code path}'s latency minus the direct path's, in ms; NaN when either is missing. */
  static double added(Figures f, String path, int rate, String percentile) {
    return f.latency(path + "-rate-" + rate, percentile)
        - f.latency("direct-rate-" + rate, percentile);
  }

  /** Added time to first token or inter-chunk delay ({@code field}: ttft_ms, inter_chunk_ms). */
  static double addedStream(Figures f, String path, String field, String percentile) {
    return stream(f.get(path + "-stream"), field, percentile)
        - stream(f.get("direct-stream"), field, percentile);
  }

  static double stream(JsonNode run, String field, String percentile) {
    return Figures.number(run.path(field).path(percentile));
  }

  /** a / b with both floored at 0, NaN when b is 0 or missing. */
  static double ratio(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || b <= 0) {
      return Double.NaN;
    }
    return Math.max(0, a) / b;
  }
}
