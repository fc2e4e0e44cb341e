package dev.gatehouse.ratelimit.domain;

import io.github.bucket4j.Bucket;

/**
 * What one admitted call took from one budget: a call from {@code calls} and, in reserve mode,
 * {@code reserved} tokens from {@code tokens} (either bucket null when the limit has no such
 * value).
 */
record Charge(Bucket calls, Bucket tokens, long reserved) {

  /** Gives back everything taken, for a call that was not admitted after all. */
  void undo() {
    if (calls != null) {
      calls.addTokens(1);
    }
    if (tokens != null && reserved > 0) {
      tokens.addTokens(reserved);
    }
  }

  /**
   * Brings the token bucket from the reservation to the real count: more is charged even into debt
   * (the tokens were spent; a debt delays the next admissions), less is given back.
   */
  void settle(long actualTokens, boolean refundCall) {
    if (refundCall && calls != null) {
      calls.addTokens(1);
    }
    if (tokens == null) {
      return;
    }
    long difference = actualTokens - reserved;
    if (difference > 0) {
      tokens.consumeIgnoringRateLimits(difference);
    } else if (difference < 0) {
      tokens.addTokens(-difference);
    }
  }
}
