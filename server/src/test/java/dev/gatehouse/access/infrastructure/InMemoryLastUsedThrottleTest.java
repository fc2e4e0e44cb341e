package dev.gatehouse.access.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.access.domain.LastUsedThrottle;
import org.junit.jupiter.api.Test;

class InMemoryLastUsedThrottleTest {
  private static final long T0 = 1_700_000_000_000L;
  private final InMemoryLastUsedThrottle throttle = new InMemoryLastUsedThrottle();

  @Test
  void theFirstUseOfATokenIsWritten() {
    assertThat(throttle.claim("a", T0)).isTrue();
  }

  @Test
  void furtherUsesWithinAMinuteAreNot() {
    throttle.claim("a", T0);

    assertThat(throttle.claim("a", T0 + 1)).isFalse();
    assertThat(throttle.claim("a", T0 + LastUsedThrottle.INTERVAL_MILLIS - 1)).isFalse();
  }

  @Test
  void aUseAMinuteLaterIsWrittenAgainAndRestartsTheInterval() {
    throttle.claim("a", T0);
    long later = T0 + LastUsedThrottle.INTERVAL_MILLIS;

    assertThat(throttle.claim("a", later)).isTrue();
    assertThat(throttle.claim("a", later + 1000)).isFalse();
  }

  @Test
  void tokensAreThrottledIndependently() {
    throttle.claim("a", T0);

    assertThat(throttle.claim("b", T0 + 1)).isTrue();
  }

  @Test
  void aClockThatWentBackwardsDoesNotSilenceAToken() {
    throttle.claim("a", T0);

    assertThat(throttle.claim("a", T0 - 5000)).isTrue();
  }

  @Test
  void staleEntriesArePrunedOnceThereAreMany() {
    for (int i = 0; i <= InMemoryLastUsedThrottle.PRUNE_ABOVE; i++) {
      throttle.claim("old-" + i, T0);
    }
    throttle.claim("fresh", T0 + LastUsedThrottle.INTERVAL_MILLIS);

    assertThat(throttle.size()).isEqualTo(1);
  }
}
