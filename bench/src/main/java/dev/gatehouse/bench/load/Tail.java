package dev.gatehouse.bench.load;

/** Says when a fixed time has passed since something finished (the updates of a run). */
final class Tail {
  private final long lengthNanos;
  private long doneAt;
  private boolean done;

  Tail(long lengthNanos) {
    this.lengthNanos = lengthNanos;
  }

  /** Whether {@code lengthNanos} have passed since the first call that saw {@code finished}. */
  boolean over(boolean finished, long now) {
    if (finished && !done) {
      done = true;
      doneAt = now;
    }
    // A flag rather than a sentinel time: doneAt + length must never overflow.
    return done && now - doneAt > lengthNanos;
  }
}
