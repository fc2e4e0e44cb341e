package dev.gatehouse.bench.load;

import java.util.concurrent.locks.LockSupport;

/** Sleeps until a {@link System#nanoTime()} instant. */
final class LockSupportSleep {
  private LockSupportSleep() {}

  static void until(long nanoTime) {
    long wait;
    while ((wait = nanoTime - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }
}
