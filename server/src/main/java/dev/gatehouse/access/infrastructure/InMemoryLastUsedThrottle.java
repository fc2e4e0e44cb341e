package dev.gatehouse.access.infrastructure;

import dev.gatehouse.access.domain.LastUsedThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** When each token's use was last written, in this JVM. Entries older than the interval expire. */
@ApplicationScoped
public class InMemoryLastUsedThrottle implements LastUsedThrottle {
  /** Above this many entries, stale ones are dropped so that revoked tokens do not pile up. */
  static final int PRUNE_ABOVE = 10_000;

  private final ConcurrentMap<String, Long> lastWritten = new ConcurrentHashMap<>();

  @Override
  public boolean claim(String tokenId, long now) {
    boolean[] claimed = new boolean[1];
    lastWritten.compute(
        tokenId,
        (id, last) -> {
          if (last == null || now - last >= INTERVAL_MILLIS || now < last) {
            claimed[0] = true;
            return now;
          }
          return last;
        });
    if (claimed[0] && lastWritten.size() > PRUNE_ABOVE) {
      lastWritten.values().removeIf(last -> now - last >= INTERVAL_MILLIS);
    }
    return claimed[0];
  }

  int size() {
    return lastWritten.size();
  }
}
