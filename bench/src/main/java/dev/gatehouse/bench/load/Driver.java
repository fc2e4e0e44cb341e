package dev.gatehouse.bench.load;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongPredicate;

/**
 * Sends calls: open loop (a call every 1/rate seconds at a fixed schedule, whatever the answers do)
 * or closed loop (each of N connections sends its next call when the last one is answered).
 */
final class Driver {
  private final HttpPool pool;
  private final Prompts prompts;
  private final Stats stats;
  private final boolean keepBody;
  private final AtomicLong sequence = new AtomicLong();

  Driver(HttpPool pool, Prompts prompts, Stats stats, boolean keepBody) {
    this.pool = pool;
    this.prompts = prompts;
    this.stats = stats;
    this.keepBody = keepBody;
  }

  /**
   * Open loop from {@code start}: calls at {@code start + i/rate}, measured from {@code
   * measureFrom}, until {@code stop} says so of a call's intended time. A late scheduler sends the
   * late calls at once, with their intended times kept, so its lateness shows in the latencies.
   */
  void openLoop(int rate, long start, long measureFrom, LongPredicate stop) {
    for (long i = 0; ; i++) {
      long intended = start + i * 1_000_000_000L / rate;
      // Asked of the intended time, not the clock: a late scheduler still sends every call that
      // was due before the end.
      if (stop.test(intended)) {
        return;
      }
      LockSupportSleep.until(intended);
      send(intended, intended >= measureFrom, null);
    }
  }

  /** Closed loop: {@code connections} chains of calls until {@code end}; measured after warm-up. */
  void closedLoop(int connections, long measureFrom, long end) {
    for (int i = 0; i < connections; i++) {
      chain(measureFrom, end);
    }
    LockSupport.parkNanos(Math.max(0, end - System.nanoTime()));
  }

  private void chain(long measureFrom, long end) {
    long now = System.nanoTime();
    if (now >= end) {
      return;
    }
    send(now, now >= measureFrom, () -> chain(measureFrom, end));
  }

  private void send(long intended, boolean measured, Runnable then) {
    stats.inFlight.incrementAndGet();
    Call call =
        new Call(
            intended,
            measured,
            keepBody,
            done -> {
              stats.done(done);
              if (then != null) {
                then.run();
              }
            });
    pool.send(call, prompts.body(sequence.incrementAndGet()));
  }

  /** Waits for the calls still in flight, at most {@code timeoutS}. */
  void drain(int timeoutS) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS + 1L);
    while (stats.inFlight.get() > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }
}
