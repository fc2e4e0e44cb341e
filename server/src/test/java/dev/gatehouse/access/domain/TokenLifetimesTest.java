package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;

class TokenLifetimesTest {
  private static final long NOW = 1_700_000_000_000L;
  private final TokenLifetimes lifetimes = new TokenLifetimes(3600, 86400);

  @Test
  void withoutALifetimeTheDefaultApplies() {
    assertThat(lifetimes.expiry(null, NOW)).isEqualTo(NOW + 3600_000);
  }

  @Test
  void aRequestedLifetimeUpToTheMaximumIsKept() {
    assertThat(lifetimes.expiry(1L, NOW)).isEqualTo(NOW + 1000);
    assertThat(lifetimes.expiry(86400L, NOW)).isEqualTo(NOW + 86_400_000);
  }

  @Test
  void aLifetimeAboveTheMaximumIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> lifetimes.expiry(86401L, NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "lifetime_seconds must be at most 86400 (setting"
                + " gatehouse.tokens.max-lifetime-seconds); got 86401.");
  }

  @Test
  void aLifetimeBelowOneSecondIsRefused() {
    assertThatThrownBy(() -> lifetimes.expiry(0L, NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> lifetimes.expiry(-1L, NOW))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void aDefaultAboveTheMaximumIsCappedByIt() {
    assertThat(new TokenLifetimes(90_000, 60).expiry(null, NOW)).isEqualTo(NOW + 60_000);
  }

  @Test
  void nonsensicalSettingsAreRefusedAtOnce() {
    assertThatThrownBy(() -> new TokenLifetimes(0, 60))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenLifetimes(60, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
