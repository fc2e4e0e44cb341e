package dev.gatehouse.ratelimit.domain;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A call let through its limits, and what it took from their buckets; settled once when the call
 * ends, with the tokens it really used.
 */
public final class Admission {
  /** A call on an endpoint without limits: nothing to settle. */
  public static final Admission UNLIMITED = new Admission(List.of());

  private final List<Charge> charges;
  private final AtomicBoolean settled = new AtomicBoolean();

  Admission(List<Charge> charges) {
    this.charges = List.copyOf(charges);
  }

  /**
   * @param actualTokens the call's total tokens (0 when no provider answered)
   * @param refundCall whether the call itself is given back (Gatehouse refused it before the
   *     provider saw it)
   */
  public void settle(long actualTokens, boolean refundCall) {
    if (settled.compareAndSet(false, true)) {
      charges.forEach(c -> c.settle(actualTokens, refundCall));
    }
  }

  /** Tokens reserved at admission, summed over the budgets charged (reserve mode only). */
  public long reservedTokens() {
    return charges.stream().mapToLong(Charge::reserved).sum();
  }
}
