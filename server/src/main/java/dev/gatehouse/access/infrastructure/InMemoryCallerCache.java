package dev.gatehouse.access.infrastructure;

import dev.gatehouse.access.domain.AccessChanged;
import dev.gatehouse.access.domain.CallerCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Resolved callers in this JVM's memory, keyed by token hash (never by the token itself). */
@ApplicationScoped
public class InMemoryCallerCache implements CallerCache {
  /** Above this many entries the cache starts over, so that unused tokens do not pile up. */
  static final int MAX_ENTRIES = 10_000;

  private final ConcurrentMap<String, Authenticated> byHash = new ConcurrentHashMap<>();

  @Override
  public Optional<Authenticated> find(String tokenHash, long now) {
    Authenticated found = byHash.get(tokenHash);
    if (found == null) {
      return Optional.empty();
    }
    if (now >= found.validUntil()) {
      byHash.remove(tokenHash, found);
      return Optional.empty();
    }
    return Optional.of(found);
  }

  @Override
  public void put(String tokenHash, Authenticated authenticated) {
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(tokenHash, authenticated);
  }

  void onAccessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessChanged changed) {
    byHash.clear();
  }
}
