package dev.gatehouse.ratelimit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenModeTest {
  @Test
  void readsTheConfiguredNames() {
    assertThat(TokenMode.of("charge-on-completion")).isEqualTo(TokenMode.CHARGE_ON_COMPLETION);
    assertThat(TokenMode.of("reserve-max-tokens")).isEqualTo(TokenMode.RESERVE_MAX_TOKENS);
  }

  @Test
  void anUnknownNameSaysWhichAreKnown() {
    assertThatThrownBy(() -> TokenMode.of("reserve"))
        .hasMessage(
            "gatehouse.rate-limits.token-mode must be one of charge-on-completion,"
                + " reserve-max-tokens, not 'reserve'.");
  }
}
