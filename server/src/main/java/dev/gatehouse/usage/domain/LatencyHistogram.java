package dev.gatehouse.usage.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The latencies of a window's succeeded calls, counted per bucket, and the percentiles read off
 * them. The database does the counting (one GROUP BY over the window's range of the {@code
 * (endpoint_id, call_time)} index), so a window of millions of calls sends back a few thousand rows
 * rather than every latency, and no database-specific percentile function is needed.
 *
 * <p>Buckets are 1 ms wide below 1 s, then 10 ms up to 10 s, 100 ms up to 100 s, 1 s up to 1000 s
 * and 10 s beyond. A bucket is never wider than 1 % of its lower bound, and a percentile is
 * reported as the lower bound of the bucket it falls in: exact below 1 s, at most 1 % low above. A
 * window has at most 3,700 buckets, plus one per 10 s of its longest call beyond 1000 s.
 */
public final class LatencyHistogram {
  /** Latencies below {@code below} ms fall into buckets {@code width} ms wide. */
  public record Tier(long below, long width) {}

  /** In ascending order; the last one is open-ended. */
  public static final List<Tier> TIERS =
      List.of(
          new Tier(1_000, 1),
          new Tier(10_000, 10),
          new Tier(100_000, 100),
          new Tier(1_000_000, 1_000),
          new Tier(Long.MAX_VALUE, 10_000));

  /** Nearest-rank percentiles, in ms. */
  public record Percentiles(long p50, long p90, long p99) {}

  private final TreeMap<Long, Long> calls = new TreeMap<>();
  private long total;

  /** The lower bound of the bucket a latency falls in; the SQL computes the same. */
  public static long bucketOf(long latencyMs) {
    for (Tier tier : TIERS) {
      if (latencyMs < tier.below()) {
        return latencyMs / tier.width() * tier.width();
      }
    }
    throw new IllegalStateException("the last tier is open-ended");
  }

  /** Adds {@code count} calls to the bucket that starts at {@code bucket} ms. */
  public LatencyHistogram add(long bucket, long count) {
    calls.merge(bucket, count, Long::sum);
    total += count;
    return this;
  }

  /** Empty when the window has no succeeded call: no latency, rather than a latency of 0. */
  public Optional<Percentiles> percentiles() {
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(new Percentiles(percentile(50), percentile(90), percentile(99)));
  }

  /** The bucket holding the call of rank ⌈n × pct / 100⌉ in ascending order. */
  private long percentile(int pct) {
    long rank = Math.max(1, (total * pct + 99) / 100);
    long seen = 0;
    for (Map.Entry<Long, Long> bucket : calls.entrySet()) {
      seen += bucket.getValue();
      if (seen >= rank) {
        return bucket.getKey();
      }
    }
    return calls.lastKey();
  }
}
