package dev.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** What the measured calls of a run did: latency histograms in microseconds, and counts. */
final class Stats {
  private static final long MAX_MICROS = 120_000_000L;

  final Recorder latency = new Recorder(MAX_MICROS, 3);
  final Recorder firstEvent = new Recorder(MAX_MICROS, 3);
  final Recorder interChunk = new Recorder(MAX_MICROS, 3);
  final LongAdder ok = new LongAdder();
  final LongAdder non2xx = new LongAdder();
  final LongAdder errors = new LongAdder();
  final LongAdder misrouted = new LongAdder();
  final AtomicInteger inFlight = new AtomicInteger();
  private final Routing routing;
  private final List<long[]> timeline;
  private final Map<String, Integer> errorKinds = new LinkedHashMap<>();

  /**
   * @param keepTimeline whether to keep each measured call's (intended time, latency, ok), for the
   *     update-continuity windows
   */
  Stats(Routing routing, boolean keepTimeline) {
    this.routing = routing;
    this.timeline = keepTimeline ? new ArrayList<>() : null;
  }

  void done(Call call) {
    inFlight.decrementAndGet();
    if (!call.measured) {
      return;
    }
    long micros = Math.max(1, call.latencyNanos() / 1000);
    latency.recordValue(Math.min(micros, MAX_MICROS));
    boolean good = call.ok();
    if (good && routing.checks() && !routing.expected(call.body())) {
      misrouted.increment();
      good = false;
    }
    if (call.error != null) {
      errors.increment();
      noteError(call.error);
    } else if (!call.ok()) {
      non2xx.increment();
      String body = call.body();
      noteError("HTTP " + call.status + " " + body.substring(0, Math.min(160, body.length())));
    } else if (good) {
      ok.increment();
    }
    if (call.ok() && call.events > 0) {
      firstEvent.recordValue(Math.max(1, (call.firstEventNanos - call.intendedNanos) / 1000));
      if (call.arrivals > 1) {
        long gap = (call.lastEventNanos - call.firstEventNanos) / (call.arrivals - 1) / 1000;
        interChunk.recordValue(Math.max(1, gap));
      }
    }
    if (timeline != null) {
      synchronized (timeline) {
        timeline.add(new long[] {call.intendedNanos, micros, good ? 1 : 0});
      }
    }
  }

  private synchronized void noteError(String kind) {
    if (errorKinds.size() < 20 || errorKinds.containsKey(kind)) {
      errorKinds.merge(kind, 1, Integer::sum);
    }
  }

  synchronized Map<String, Integer> errorKinds() {
    return new LinkedHashMap<>(errorKinds);
  }

  List<long[]> timeline() {
    synchronized (timeline) {
      return new ArrayList<>(timeline);
    }
  }

  /** p50, p90, p99, p99.9, max and mean of a histogram, in milliseconds. */
  static Map<String, Double> percentiles(Histogram histogram) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("p50", ms(histogram.getValueAtPercentile(50)));
    out.put("p90", ms(histogram.getValueAtPercentile(90)));
    out.put("p99", ms(histogram.getValueAtPercentile(99)));
    out.put("p999", ms(histogram.getValueAtPercentile(99.9)));
    out.put("max", ms(histogram.getMaxValue()));
    out.put("mean", Math.round(histogram.getMean()) / 1000.0);
    out.put("count", (double) histogram.getTotalCount());
    return out;
  }

  static double ms(long micros) {
    return micros / 1000.0;
  }
}
