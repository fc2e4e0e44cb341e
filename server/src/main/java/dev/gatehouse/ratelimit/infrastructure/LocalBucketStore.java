package dev.gatehouse.ratelimit.infrastructure;

import dev.gatehouse.ratelimit.domain.BucketStore;
import dev.gatehouse.ratelimit.domain.RateLimitSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Buckets in this JVM, on the injected clock (so tests move time instead of sleeping). Memory stays
 * bounded: a bucket unused for {@code gatehouse.rate-limits.bucket-idle-seconds} and full again is
 * dropped, which changes no decision since a new bucket starts full too; one call in each idle
 * period sweeps the map.
 */
@ApplicationScoped
public class LocalBucketStore implements BucketStore {
  private final ConcurrentMap<String, Held> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();

  @Inject Clock clock;
  @Inject RateLimitSettings settings;
  private long idleMillis;

  LocalBucketStore() {}

  public LocalBucketStore(Clock clock, long idleSeconds) {
    this.clock = clock;
    this.idleMillis = idleSeconds * 1000;
    lastSweep.set(clock.millis());
  }

  @PostConstruct
  void init() {
    idleMillis = settings.bucketIdleSeconds() * 1000;
    lastSweep.set(clock.millis());
  }

  @Override
  public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
    long now = clock.millis();
    sweepIfDue(now);
    // Touched inside compute, so a sweep (also per key, inside compute) never drops a bucket a
    // caller has just been handed.
    return buckets.compute(
            key,
            (k, held) -> (held == null ? new Held(configuration.get(), clock) : held).touch(now))
        .bucket;
  }

  /** Buckets currently held: for tests and, later, a metric. */
  public int size() {
    return buckets.size();
  }

  private void sweepIfDue(long now) {
    long last = lastSweep.get();
    if (now - last < idleMillis || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    for (String key : buckets.keySet()) {
      buckets.computeIfPresent(key, (k, held) -> held.droppable(now, idleMillis) ? null : held);
    }
  }

  private static final class Held {
    final Bucket bucket;
    final long capacity;
    long lastUsed;

    Held(BucketConfiguration configuration, Clock clock) {
      LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(new ClockMeter(clock));
      long max = 0;
      for (Bandwidth bandwidth : configuration.getBandwidths()) {
        builder.addLimit(bandwidth);
        max = Math.max(max, bandwidth.getCapacity());
      }
      this.bucket = builder.build();
      this.capacity = max;
    }

    Held touch(long now) {
      lastUsed = now;
      return this;
    }

    boolean droppable(long now, long idleMillis) {
      return now - lastUsed >= idleMillis && bucket.getAvailableTokens() >= capacity;
    }
  }

  /** Bucket4j's time from the injected clock; wall-clock based, as aligned refill requires. */
  private record ClockMeter(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
