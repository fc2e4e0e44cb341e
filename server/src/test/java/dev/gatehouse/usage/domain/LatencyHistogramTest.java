package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  private static LatencyHistogram of(List<Long> latencies) {
    LatencyHistogram histogram = new LatencyHistogram();
    latencies.forEach(l -> histogram.add(LatencyHistogram.bucketOf(l), 1));
    return histogram;
  }

  /** The nearest-rank percentile of the exact values, for comparison. */
  private static long exact(List<Long> latencies, int pct) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    long rank = Math.max(1, (sorted.size() * (long) pct + 99) / 100);
    return sorted.get((int) rank - 1);
  }

  @Test
  void oneToAHundredMillisecondsGiveTheTextbookNearestRanks() {
    List<Long> latencies = new ArrayList<>();
    for (long l = 1; l <= 100; l++) {
      latencies.add(l);
    }

    assertThat(of(latencies).percentiles()).contains(new LatencyHistogram.Percentiles(50, 90, 99));
  }

  @Test
  void bucketsAreExactBelowASecondAndAtMostOnePercentWideAbove() {
    assertThat(LatencyHistogram.bucketOf(0)).isZero();
    assertThat(LatencyHistogram.bucketOf(999)).isEqualTo(999);
    assertThat(LatencyHistogram.bucketOf(1_009)).isEqualTo(1_000);
    assertThat(LatencyHistogram.bucketOf(12_345)).isEqualTo(12_300);
    assertThat(LatencyHistogram.bucketOf(654_321)).isEqualTo(654_000);
    assertThat(LatencyHistogram.bucketOf(3_600_123)).isEqualTo(3_600_000);
    for (long l = 1; l < 5_000_000; l += 997) {
      long bucket = LatencyHistogram.bucketOf(l);
      assertThat(bucket).isLessThanOrEqualTo(l);
      assertThat(l - bucket).as("latency %d", l).isLessThanOrEqualTo(Math.max(0, l / 100));
    }
  }

  @Test
  void percentilesOfSpreadLatenciesAreWithinOnePercentOfTheExactOnes() {
    Random random = new Random(42);
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      latencies.add((long) Math.exp(random.nextDouble() * 13)); // 1 ms to ~7 min
    }

    LatencyHistogram.Percentiles p = of(latencies).percentiles().orElseThrow();

    for (var pair : List.of(List.of(p.p50(), 50L), List.of(p.p90(), 90L), List.of(p.p99(), 99L))) {
      long exact = exact(latencies, pair.get(1).intValue());
      assertThat(pair.get(0)).isBetween(exact - exact / 100, exact);
    }
  }

  @Test
  void oneCallIsEveryPercentileAndNoCallIsNoLatency() {
    assertThat(of(List.of(250L)).percentiles())
        .contains(new LatencyHistogram.Percentiles(250, 250, 250));
    assertThat(new LatencyHistogram().percentiles()).isEmpty();
  }
}
