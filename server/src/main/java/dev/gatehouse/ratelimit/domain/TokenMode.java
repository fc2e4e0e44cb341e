package dev.gatehouse.ratelimit.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How token limits account for a call whose tokens are known only when it ends. */
public enum TokenMode {
  /**
   * Admit while the tokens already charged leave any room; charge the real tokens at completion.
   * Calls in flight when the budget runs out all finish, so the overshoot is theirs.
   */
  CHARGE_ON_COMPLETION("charge-on-completion"),
  /**
   * Reserve an estimate (prompt length plus {@code max_tokens}) at admission and settle to the real
   * count at completion: the overshoot is only what the estimates missed.
   */
  RESERVE_MAX_TOKENS("reserve-max-tokens");

  private final String wire;

  TokenMode(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static TokenMode of(String value) {
    return Arrays.stream(values())
        .filter(m -> m.wire.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "gatehouse.rate-limits.token-mode must be one of "
                        + Arrays.stream(values())
                            .map(TokenMode::wire)
                            .collect(Collectors.joining(", "))
                        + ", not '"
                        + value
                        + "'."));
  }
}
