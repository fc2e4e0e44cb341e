package dev.gatehouse.ratelimit.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Fires many admissions at once from many threads, released together, and tallies them: the
 * exactness tests count what got through.
 */
final class Burst {
  final ConcurrentLinkedQueue<Admission> admitted = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<Integer> admittedIndexes = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<RateLimitExceededException> refused = new ConcurrentLinkedQueue<>();

  static Burst of(int threads, int requests, RateLimiter limiter, IntFunction<LimitedCall> call)
      throws Exception {
    Burst burst = new Burst();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < requests; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    burst.admitted.add(limiter.admit(call.apply(index)));
                    burst.admittedIndexes.add(index);
                  } catch (RateLimitExceededException e) {
                    burst.refused.add(e);
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return burst;
  }

  int admittedCount() {
    return admitted.size();
  }

  List<Long> retryAfterSeconds() {
    return refused.stream()
        .map(e -> e.retryAfter().orElse(Duration.ZERO))
        .map(d -> (d.toMillis() + 999) / 1000)
        .distinct()
        .toList();
  }
}
