package dev.gatehouse.usage.domain;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A warning logged at most once per interval however often its cause repeats: when the buffer
 * overflows it does so thousands of times a second, and a log line for each would turn a database
 * problem into a disk problem.
 */
public final class ThrottledWarning {
  private final Logger log;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  public ThrottledWarning(Logger log, long intervalNanos, LongSupplier nanoTime) {
    this.log = log;
    this.intervalNanos = intervalNanos;
    this.nanoTime = nanoTime;
  }

  /** Logs {@code message} (with how many were suppressed since) if the interval has passed. */
  public boolean warn(String message) {
    long now = nanoTime.getAsLong();
    long due = next.get();
    if ((due != Long.MIN_VALUE && now - due < 0) || !next.compareAndSet(due, now + intervalNanos)) {
      suppressed.incrementAndGet();
      return false;
    }
    long since = suppressed.getAndSet(0);
    log.log(
        Level.WARNING,
        since == 0 ? message : message + " (" + since + " more since the last warning)");
    return true;
  }
}
