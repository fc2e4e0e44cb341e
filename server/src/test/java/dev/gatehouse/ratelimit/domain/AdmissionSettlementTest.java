package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.both;
import static dev.gatehouse.ratelimit.domain.Limits.call;
import static dev.gatehouse.ratelimit.domain.Limits.gateway;
import static dev.gatehouse.ratelimit.domain.Limits.user;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How a call's end settles its admission (CallTracker settles with the real tokens, and refunds the
 * call when Gatehouse answered TEMPORARILY_UNAVAILABLE): real tokens charged, or the call given
 * back.
 */
class AdmissionSettlementTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:30Z"));
  private final RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);
  private final AiGatewayConfig limits = gateway(both(1, 100, "user", null));
  private final Caller alice = user(1, "alice@x");

  private static void end(Admission admission, String errorCode, long tokens) {
    admission.settle(tokens, "TEMPORARILY_UNAVAILABLE".equals(errorCode));
  }

  @Test
  void aCallRefusedByGatehouseBeforeTheProviderIsGivenBack() {
    end(limiter.admit(call(limits, alice)), "TEMPORARILY_UNAVAILABLE", 0);
    end(limiter.admit(call(limits, alice)), null, 0); // the retry
    assertThatThrownBy(() -> limiter.admit(call(limits, alice)))
        .hasMessageContaining("1 calls per minute");
  }

  @Test
  void aStreamsTokensAreChargedWhenItEnds() {
    AiGatewayConfig tokensOnly = gateway(Limits.tokens(100, "user", null));
    Admission stream = limiter.admit(call(tokensOnly, alice));
    limiter.admit(call(tokensOnly, alice)).settle(0, false); // still room: nothing charged yet
    end(stream, null, 100);
    assertThatThrownBy(() -> limiter.admit(call(tokensOnly, alice)))
        .hasMessageContaining("100 tokens per minute");
  }
}
