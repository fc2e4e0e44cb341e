package dev.gatehouse.access.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.access.domain.AccessChanged;
import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.CallerCache.Authenticated;
import dev.gatehouse.access.domain.PrincipalKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryCallerCacheTest {
  private final InMemoryCallerCache cache = new InMemoryCallerCache();
  private final Caller alice = new Caller(7, PrincipalKind.USER, "alice", false, Set.of("eng"));

  @Test
  void aResolvedTokenIsServedUntilItsDeadline() {
    cache.put("h1", new Authenticated(alice, 1, "t1", 1_000));

    assertThat(cache.find("h1", 999)).map(Authenticated::caller).contains(alice);
    assertThat(cache.find("h1", 1_000)).isEmpty();
    assertThat(cache.find("h1", 500)).as("a lapsed entry is gone").isEmpty();
  }

  @Test
  void anyChangeToAccessEmptiesIt() {
    cache.put("h1", new Authenticated(alice, 1, "t1", 1_000));
    cache.put("h2", new Authenticated(alice, 2, "t2", 1_000));

    cache.onAccessChanged(new AccessChanged());

    assertThat(cache.find("h1", 0)).isEmpty();
    assertThat(cache.find("h2", 0)).isEmpty();
  }

  @Test
  void itStartsOverRatherThanGrowWithoutBound() {
    for (int i = 0; i < InMemoryCallerCache.MAX_ENTRIES; i++) {
      cache.put("h" + i, new Authenticated(alice, i, "t" + i, 1_000));
    }
    cache.put("last", new Authenticated(alice, -1, "last", 1_000));

    assertThat(cache.find("h0", 0)).isEmpty();
    assertThat(cache.find("last", 0)).isPresent();
  }
}
