package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;

/**
 * Every token expires. A request without {@code lifetime_seconds} gets the default lifetime; no
 * token may outlive the maximum. A default above the maximum is capped by it.
 */
public record TokenLifetimes(long defaultSeconds, long maxSeconds) {
  /** A hundred years: beyond this, expiry times would stop meaning anything. */
  static final long LONGEST_SECONDS = 100L * 365 * 24 * 3600;

  public TokenLifetimes {
    if (maxSeconds < 1 || defaultSeconds < 1 || maxSeconds > LONGEST_SECONDS) {
      throw new IllegalArgumentException(
          "gatehouse.tokens.default-lifetime-seconds and gatehouse.tokens.max-lifetime-seconds"
              + " must be between 1 and "
              + LONGEST_SECONDS);
    }
    defaultSeconds = Math.min(defaultSeconds, maxSeconds);
  }

  /** When a token made at {@code now} with the requested lifetime (null: default) expires. */
  public long expiry(Long requestedSeconds, long now) {
    long seconds = requestedSeconds == null ? defaultSeconds : requestedSeconds;
    if (seconds < 1) {
      throw new InvalidParameterException(
          "lifetime_seconds must be at least 1; leave it out for the default of "
              + defaultSeconds
              + " seconds.");
    }
    if (seconds > maxSeconds) {
      throw new InvalidParameterException(
          "lifetime_seconds must be at most "
              + maxSeconds
              + " (setting gatehouse.tokens.max-lifetime-seconds); got "
              + seconds
              + ".");
    }
    return now + seconds * 1000;
  }
}
