package dev.gatehouse.invocation.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes a provider stream that sent nothing for {@code idleMillis}, so a stalled provider ends the
 * caller's stream instead of holding it open: the blocked read then fails, and {@link #idled()}
 * says why.
 */
public final class IdleWatchdog implements AutoCloseable {
  private final InputStream guarded;
  private final AtomicBoolean idled = new AtomicBoolean();
  private final ScheduledFuture<?> check;
  private volatile long lastReadNanos = System.nanoTime();

  public IdleWatchdog(InputStream upstream, long idleMillis, ScheduledExecutorService scheduler) {
    this.guarded =
        new FilterInputStream(upstream) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            lastReadNanos = System.nanoTime();
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            lastReadNanos = System.nanoTime();
            return n;
          }
        };
    long period = Math.max(10, idleMillis / 4);
    this.check =
        scheduler.scheduleAtFixedRate(
            () -> {
              if (System.nanoTime() - lastReadNanos > TimeUnit.MILLISECONDS.toNanos(idleMillis)
                  && idled.compareAndSet(false, true)) {
                try {
                  upstream.close();
                } catch (IOException e) {
                  // Closing is the point; a failure to close leaves the read to its own timeout.
                }
              }
            },
            period,
            period,
            TimeUnit.MILLISECONDS);
  }

  public InputStream stream() {
    return guarded;
  }

  public boolean idled() {
    return idled.get();
  }

  @Override
  public void close() {
    check.cancel(false);
  }
}
