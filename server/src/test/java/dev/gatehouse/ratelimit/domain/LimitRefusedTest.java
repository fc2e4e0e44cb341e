package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.call;
import static dev.gatehouse.ratelimit.domain.Limits.calls;
import static dev.gatehouse.ratelimit.domain.Limits.gateway;
import static dev.gatehouse.ratelimit.domain.Limits.tokens;
import static dev.gatehouse.ratelimit.domain.Limits.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The hook metrics count 429s by: each refusal names the limit that refused, admissions nothing.
 */
class LimitRefusedTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:30Z"));
  private final RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);
  private final List<LimitRefused> told = new ArrayList<>();
  private final Caller bob = user(1, "bob@example.com");

  LimitRefusedTest() {
    limiter.tellRefusalsTo(new Heard());
  }

  @Test
  void aRefusalNamesItsSourceKeyAndDimension() {
    var limits = gateway(calls(1, "user", null));
    limiter.admit(call(limits, bob));
    assertThat(told).isEmpty();

    assertThatThrownBy(() -> limiter.admit(call(limits, bob)))
        .isInstanceOf(RateLimitExceededException.class);

    assertThat(told)
        .containsExactly(new LimitRefused("ep-1", "chat", "ai_gateway", "user", "calls"));
  }

  @Test
  void tokensInDebtAndLegacyLimitsAreNamedToo() {
    var limits = gateway(tokens(10, "endpoint", null));
    limiter.admit(call(limits, bob)).settle(50, false);
    assertThatThrownBy(() -> limiter.admit(call(limits, bob)))
        .isInstanceOf(RateLimitExceededException.class);

    var legacy = List.of(new LegacyRateLimit(1L, "endpoint", "minute"));
    limiter.admit(call(null, legacy, bob, null));
    assertThatThrownBy(() -> limiter.admit(call(null, legacy, bob, null)))
        .isInstanceOf(RateLimitExceededException.class);

    assertThat(told)
        .containsExactly(
            new LimitRefused("ep-1", "chat", "ai_gateway", "endpoint", "tokens"),
            new LimitRefused("ep-1", "chat", "rate_limits", "endpoint", "calls"));
  }

  /** Only {@code fire} is used by the limiter. */
  private final class Heard implements Event<LimitRefused> {
    @Override
    public void fire(LimitRefused event) {
      told.add(event);
    }

    @Override
    public <U extends LimitRefused> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends LimitRefused> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<LimitRefused> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends LimitRefused> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends LimitRefused> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
