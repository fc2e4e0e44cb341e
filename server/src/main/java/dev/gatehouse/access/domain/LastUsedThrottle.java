package dev.gatehouse.access.domain;

/**
 * Decides when a token's last use is worth writing down: at most once per interval per token, so
 * authentication does not write to the database on every request. The state is local to one node; a
 * cluster would at worst write once per interval per node.
 */
public interface LastUsedThrottle {
  /** How often at most a token's last use is written. */
  long INTERVAL_MILLIS = 60_000;

  /** True if the use at {@code now} should be written; the caller then writes it. */
  boolean claim(String tokenId, long now);
}
