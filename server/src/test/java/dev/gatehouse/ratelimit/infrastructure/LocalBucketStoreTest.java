package dev.gatehouse.ratelimit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.ratelimit.domain.MutableClock;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalBucketStoreTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:30Z"));
  private final LocalBucketStore store = new LocalBucketStore(clock, 300);

  private static BucketConfiguration tenPerMinute() {
    return BucketConfiguration.builder()
        .addLimit(l -> l.capacity(10).refillIntervally(10, Duration.ofMinutes(1)))
        .build();
  }

  @Test
  void theSameKeyIsTheSameBucket() {
    Bucket first = store.bucket("a", LocalBucketStoreTest::tenPerMinute);
    assertThat(store.bucket("a", LocalBucketStoreTest::tenPerMinute)).isSameAs(first);
    assertThat(store.bucket("b", LocalBucketStoreTest::tenPerMinute)).isNotSameAs(first);
  }

  @Test
  void idleFullBucketsAreDroppedButOnesStillRefillingAreKept() {
    store.bucket("idle", LocalBucketStoreTest::tenPerMinute).tryConsume(1);
    store.bucket("in-debt", LocalBucketStoreTest::tenPerMinute).consumeIgnoringRateLimits(100);
    assertThat(store.size()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(300));
    store.bucket("busy", LocalBucketStoreTest::tenPerMinute); // one call sweeps

    // "idle" has refilled and is dropped (a new one starts full: same decision); "in-debt" still
    // owes 40 tokens, so forgetting it would let its caller in early.
    assertThat(store.size()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(300));
    store.bucket("busy", LocalBucketStoreTest::tenPerMinute);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void bucketsRunOnTheInjectedClock() {
    Bucket bucket = store.bucket("a", LocalBucketStoreTest::tenPerMinute);
    assertThat(bucket.tryConsume(10)).isTrue();
    assertThat(bucket.tryConsume(1)).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(bucket.tryConsume(10)).isTrue();
  }
}
