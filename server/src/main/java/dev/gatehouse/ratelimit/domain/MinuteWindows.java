package dev.gatehouse.ratelimit.domain;

import io.github.bucket4j.BucketConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The bucket of a per-minute limit: it starts full and is refilled to its capacity at the start of
 * every UTC minute (Bucket4j's aligned interval refill). So "100 calls per minute" admits at most
 * 100 calls between hh:mm:00 and the next minute, which is what {@code renewal_period: minute}
 * says; a refused caller can be told exactly when the budget returns.
 */
final class MinuteWindows {
  static final Duration MINUTE = Duration.ofMinutes(1);

  private MinuteWindows() {}

  static BucketConfiguration perMinute(long capacity, Clock clock) {
    Instant nextMinute = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(MINUTE);
    return BucketConfiguration.builder()
        .addLimit(
            limit -> limit.capacity(capacity).refillIntervallyAligned(capacity, MINUTE, nextMinute))
        .build();
  }
}
