package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class UsageBufferTest {
  @Test
  void aFullBufferDropsAndCountsInsteadOfBlocking() {
    AtomicInteger told = new AtomicInteger();
    UsageBuffer<Integer> buffer = new UsageBuffer<>(3, told::incrementAndGet);

    List<Boolean> accepted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      accepted.add(buffer.offer(i));
    }

    assertThat(accepted).containsExactly(true, true, true, false, false);
    assertThat(buffer.size()).isEqualTo(3);
    assertThat(buffer.dropped()).isEqualTo(2);
    assertThat(told).hasValue(2);
    List<Integer> drained = new ArrayList<>();
    assertThat(buffer.drainTo(drained, 2)).isEqualTo(2);
    assertThat(drained).containsExactly(0, 1);
    assertThat(buffer.offer(9)).as("room again after a drain").isTrue();
  }

  @Test
  void aBurstFromManyThreadsNeverBlocksAndLosesNothingUncounted() throws Exception {
    UsageBuffer<Integer> buffer = new UsageBuffer<>(1000, () -> {});
    int threads = 16;
    int perThread = 5000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    AtomicLong accepted = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      pool.submit(
          () -> {
            go.await();
            for (int i = 0; i < perThread; i++) {
              if (buffer.offer(i)) {
                accepted.incrementAndGet();
              }
            }
            return null;
          });
    }
    long start = System.nanoTime();
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("nobody blocked").isTrue();

    assertThat(accepted.get()).isEqualTo(1000);
    assertThat(buffer.dropped()).isEqualTo((long) threads * perThread - 1000);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
  }

  @Test
  void theOverflowWarningIsLoggedAtMostOncePerInterval() {
    Logger log = Logger.getLogger("usage-buffer-test");
    log.setUseParentHandlers(false);
    List<String> lines = new ArrayList<>();
    log.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    AtomicLong now = new AtomicLong(1_000);
    ThrottledWarning warning = new ThrottledWarning(log, 60_000_000_000L, now::get);
    UsageBuffer<Integer> buffer = new UsageBuffer<>(1, () -> warning.warn("full"));

    for (int i = 0; i < 100; i++) {
      buffer.offer(i);
    }
    now.addAndGet(61_000_000_000L);
    buffer.offer(1);

    assertThat(lines).containsExactly("full", "full (98 more since the last warning)");
  }
}
