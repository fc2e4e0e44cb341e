package dev.gatehouse.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** The JSON figures of one load run. */
final class Results {
  /**
   * Calls meant to start from this long before an update's PUT to this long after it finished are
   * "around a switch".
   */
  static final long SWITCH_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private Results() {}

  static Map<String, Object> of(
      LoadOptions options, Stats stats, double seconds, Map<String, Object> resources) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("label", options.label());
    out.put("mode", options.mode());
    out.put("url", options.url().toString());
    out.put("rate", options.mode().equals("saturate") ? null : options.rate());
    out.put("connections", options.connections());
    out.put("seconds", Math.round(seconds * 10) / 10.0);
    long ok = stats.ok.sum();
    out.put("ok", ok);
    out.put("non_2xx", stats.non2xx.sum());
    out.put("errors", stats.errors.sum());
    out.put("misrouted", stats.misrouted.sum());
    out.put("throughput_rps", Math.round(10 * ok / seconds) / 10.0);
    out.put("latency_ms", Stats.percentiles(stats.latency.getIntervalHistogram()));
    Histogram first = stats.firstEvent.getIntervalHistogram();
    if (options.streaming() && first.getTotalCount() > 0) {
      out.put("ttft_ms", Stats.percentiles(first));
      out.put("inter_chunk_ms", Stats.percentiles(stats.interChunk.getIntervalHistogram()));
    }
    out.put("error_kinds", stats.errorKinds());
    out.putAll(resources);
    return out;
  }

  /** Failed and mis-routed calls, and latency near switches against latency away from them. */
  static Map<String, Object> continuity(Stats stats, Updater updater) {
    Histogram near = new Histogram(120_000_000L, 3);
    Histogram away = new Histogram(120_000_000L, 3);
    List<long[]> windows = updater.windows;
    for (long[] call : stats.timeline()) {
      boolean close = false;
      for (long[] window : windows) {
        if (call[0] >= window[0] - SWITCH_MARGIN_NANOS
            && call[0] <= window[1] + SWITCH_MARGIN_NANOS) {
          close = true;
          break;
        }
      }
      (close ? near : away).recordValue(Math.min(call[1], 120_000_000L));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("updates", windows.size());
    out.put("failed_updates", updater.failedUpdates);
    out.put("last_update_failure", updater.lastFailure);
    out.put("update_ms", Stats.percentiles(durations(windows)));
    out.put("near_switch_ms", Stats.percentiles(near));
    out.put("away_from_switch_ms", Stats.percentiles(away));
    return out;
  }

  private static Histogram durations(List<long[]> windows) {
    Histogram histogram = new Histogram(600_000_000L, 3);
    for (long[] window : windows) {
      histogram.recordValue(Math.max(1, (window[1] - window[0]) / 1000));
    }
    return histogram;
  }
}
