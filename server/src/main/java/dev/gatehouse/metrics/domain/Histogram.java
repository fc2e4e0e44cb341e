package dev.gatehouse.metrics.domain;

import java.time.Duration;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Prometheus histogram of durations with fixed bucket bounds in seconds: one adder per bucket, so
 * recording is O(buckets) with no lock, however many calls end at once.
 */
public final class Histogram {
  /** From a fast non-streamed answer to a long stream. */
  public static final double[] BOUNDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120};

  private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
  private final DoubleAdder sum = new DoubleAdder();

  public Histogram() {
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = new LongAdder();
    }
  }

  public void observe(Duration duration) {
    double seconds = duration.toNanos() / 1e9;
    int i = 0;
    while (i < BOUNDS.length && seconds > BOUNDS[i]) {
      i++;
    }
    buckets[i].increment();
    sum.add(seconds);
  }

  /**
   * The cumulative counts, one per bound and a last one for {@code +Inf} (which is the count), and
   * the sum. Taken bucket by bucket, so a snapshot during recording may be one call apart.
   */
  public Snapshot snapshot() {
    long[] cumulative = new long[buckets.length];
    long running = 0;
    for (int i = 0; i < buckets.length; i++) {
      running += buckets[i].sum();
      cumulative[i] = running;
    }
    return new Snapshot(cumulative, sum.sum());
  }

  public record Snapshot(long[] cumulative, double sum) {
    public long count() {
      return cumulative[cumulative.length - 1];
    }
  }
}
