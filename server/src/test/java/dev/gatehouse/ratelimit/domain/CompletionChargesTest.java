package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.both;
import static dev.gatehouse.ratelimit.domain.Limits.call;
import static dev.gatehouse.ratelimit.domain.Limits.gateway;
import static dev.gatehouse.ratelimit.domain.Limits.user;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.providers.Usage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outcome of a call settles its admission: real tokens charged, or the call given back. */
class CompletionChargesTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:30Z"));
  private final RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);
  private final CompletionCharges charges = new CompletionCharges();
  private final AiGatewayConfig limits = gateway(both(1, 100, "user", null));
  private final Caller alice = user(1, "alice@x");

  private CallOutcome outcome(Admission admission, String errorCode, long tokens) {
    return new CallOutcome(
        null,
        alice,
        null,
        null,
        true,
        errorCode == null ? 200 : 503,
        errorCode,
        new Usage(tokens, 0, tokens, false),
        clock.instant(),
        Duration.ZERO,
        null,
        admission);
  }

  @Test
  void aCallRefusedByGatehouseBeforeTheProviderIsGivenBack() {
    charges.onCallEnded(outcome(limiter.admit(call(limits, alice)), "TEMPORARILY_UNAVAILABLE", 0));
    charges.onCallEnded(outcome(limiter.admit(call(limits, alice)), null, 0)); // the retry
    assertThatThrownBy(() -> limiter.admit(call(limits, alice)))
        .hasMessageContaining("1 calls per minute");
  }

  @Test
  void aStreamsTokensAreChargedWhenItEnds() {
    AiGatewayConfig tokensOnly = gateway(Limits.tokens(100, "user", null));
    Admission stream = limiter.admit(call(tokensOnly, alice));
    limiter.admit(call(tokensOnly, alice)).settle(0, false); // still room: nothing charged yet
    charges.onCallEnded(outcome(stream, null, 100));
    assertThatThrownBy(() -> limiter.admit(call(tokensOnly, alice)))
        .hasMessageContaining("100 tokens per minute");
  }

  @Test
  void anOutcomeWithoutAdmissionIsIgnored() {
    charges.onCallEnded(outcome(null, "REQUEST_LIMIT_EXCEEDED", 0));
  }
}
