package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.both;
import static dev.gatehouse.ratelimit.domain.Limits.call;
import static dev.gatehouse.ratelimit.domain.Limits.calls;
import static dev.gatehouse.ratelimit.domain.Limits.gateway;
import static dev.gatehouse.ratelimit.domain.Limits.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import dev.gatehouse.platform.errors.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Calls limits are exact: with N per minute, a burst from 64 threads admits exactly N in the
 * minute, the rest get 429 with the seconds until the next minute, and the next minute admits N
 * again. Time moves on a clock seam; nothing sleeps.
 */
class RateLimiterExactnessTest {
  private static final int THREADS = 64;
  private static final int BURST = 1000;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:30Z"));
  private final RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);

  @Test
  void aHundredCallsPerUserPerMinuteAdmitsExactlyAHundredOfAThousand() throws Exception {
    AiGatewayConfig limits = gateway(calls(100, "user", null));
    Caller alice = user(1, "alice@example.com");

    Burst first = Burst.of(THREADS, BURST, limiter, i -> call(limits, alice));
    assertThat(first.admittedCount()).isEqualTo(100);
    assertThat(first.refused).hasSize(900);
    assertThat(first.retryAfterSeconds()).containsExactly(30L);
    assertThat(first.refused.peek())
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_LIMIT_EXCEEDED);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "User defined rate limit exceeded on serving endpoint 'chat': 100 calls per"
                          + " minute (key 'user', the per-user default) is used up. Retry after"
                          + " 30 s.");
            });

    clock.advance(Duration.ofSeconds(29));
    assertThat(Burst.of(THREADS, BURST, limiter, i -> call(limits, alice)).admittedCount())
        .isZero();

    clock.advance(Duration.ofSeconds(1)); // 08:01:00, a new minute
    Burst second = Burst.of(THREADS, BURST, limiter, i -> call(limits, alice));
    assertThat(second.admittedCount()).isEqualTo(100);
    assertThat(second.retryAfterSeconds()).containsExactly(60L);
  }

  @Test
  void perUserLimitsHoldForSeveralUsersAtOnce() throws Exception {
    AiGatewayConfig limits = gateway(calls(20, "user", null));
    List<Caller> users =
        List.of(user(1, "a@x"), user(2, "b@x"), user(3, "c@x"), user(4, "d@x"), user(5, "e@x"));

    Burst burst = Burst.of(THREADS, BURST, limiter, i -> call(limits, users.get(i % 5)));

    Map<Long, Long> perUser =
        burst.admittedIndexes.stream()
            .collect(
                Collectors.groupingBy(i -> users.get(i % 5).principalId(), Collectors.counting()));
    assertThat(perUser)
        .containsOnlyKeys(1L, 2L, 3L, 4L, 5L)
        .allSatisfy((u, n) -> assertThat(n).isEqualTo(20));
  }

  @Test
  void theEndpointLimitCapsEveryoneTogether() throws Exception {
    AiGatewayConfig limits = gateway(calls(100, "endpoint", null), calls(1000, "user", null));

    Burst burst = Burst.of(THREADS, BURST, limiter, i -> call(limits, user(i % 37, "u" + i % 37)));

    assertThat(burst.admittedCount()).isEqualTo(100);
    assertThat(burst.refused.peek().getMessage()).contains("100 calls per minute (key 'endpoint')");
  }

  @Test
  void aGroupLimitIsSharedByItsMembers() throws Exception {
    AiGatewayConfig limits = gateway(calls(10, "user_group", "data-eng"), calls(1, "user", null));
    Caller dan = user(1, "dan@x", "data-eng");
    Caller erin = user(2, "erin@x", "data-eng");

    Burst burst = Burst.of(THREADS, BURST, limiter, i -> call(limits, i % 2 == 0 ? dan : erin));

    assertThat(burst.admittedCount()).isEqualTo(10);
    assertThat(burst.refused.peek().getMessage())
        .contains("10 calls per minute (key 'user_group', principal 'data-eng') is used up");
  }

  @Test
  void aMemberOfSeveralGroupsIsBlockedOnlyWhenEveryGroupIsExhausted() throws Exception {
    AiGatewayConfig limits =
        gateway(calls(30, "user_group", "data-eng"), calls(20, "user_group", "analysts"));
    Caller both = user(1, "both@x", "data-eng", "analysts");
    Caller analyst = user(2, "ana@x", "analysts");

    Burst burst = Burst.of(THREADS, BURST, limiter, i -> call(limits, both));

    assertThat(burst.admittedCount()).isEqualTo(50);
    assertThat(burst.refused.peek().getMessage())
        .isEqualTo(
            "User defined rate limit exceeded on serving endpoint 'chat': every group limit of the"
                + " caller is used up: 30 calls per minute (key 'user_group', principal"
                + " 'data-eng'); 20 calls per minute (key 'user_group', principal 'analysts')."
                + " Retry after 30 s.");
    assertThatThrownBy(() -> limiter.admit(call(limits, analyst)))
        .isInstanceOf(RateLimitExceededException.class);
  }

  @Test
  void aLimitNamingTheUserOverridesItsGroup() throws Exception {
    AiGatewayConfig limits =
        gateway(calls(100, "user_group", "data-eng"), calls(5, "user", "alice@example.com"));
    Caller alice = user(1, "alice@example.com", "data-eng");

    assertThat(Burst.of(THREADS, BURST, limiter, i -> call(limits, alice)).admittedCount())
        .isEqualTo(5);
    assertThat(
            Burst.of(THREADS, BURST, limiter, i -> call(limits, user(2, "bob@x", "data-eng")))
                .admittedCount())
        .isEqualTo(100);
  }

  @Test
  void aRefusalByASharedLimitGivesBackWhatTheCallerTookFromItsOwn() {
    AiGatewayConfig limits = gateway(calls(3, "user", null), calls(2, "endpoint", null));
    Caller alice = user(1, "alice@x");
    limiter.admit(call(limits, alice));
    limiter.admit(call(limits, alice));
    assertThatThrownBy(() -> limiter.admit(call(limits, alice)))
        .hasMessageContaining("(key 'endpoint')");
    // Had the refused call kept its unit of the user limit, this one would be refused by it.
    AiGatewayConfig raised = gateway(calls(3, "user", null), calls(5, "endpoint", null));
    limiter.admit(call(raised, alice));
    assertThatThrownBy(() -> limiter.admit(call(raised, alice)))
        .hasMessageContaining("the per-user default");
  }

  @Test
  void theStricterOfCallsAndTokensWins() {
    AiGatewayConfig limits = gateway(both(100, 50, "user", null));
    Caller alice = user(1, "alice@x");
    Admission first = limiter.admit(call(limits, alice));
    first.settle(60, false);
    assertThatThrownBy(() -> limiter.admit(call(limits, alice)))
        .hasMessageContaining("50 tokens per minute (key 'user', the per-user default)");
  }

  @Test
  void aLimitOfZeroDisablesWithA403NamingIt() {
    assertThatThrownBy(
            () -> limiter.admit(call(gateway(calls(0, "user", "bob@x")), user(1, "bob@x"))))
        .isInstanceOf(RateLimitDisabledException.class)
        .satisfies(
            e ->
                assertThat(((RateLimitDisabledException) e).code())
                    .isEqualTo(ErrorCode.PERMISSION_DENIED))
        .hasMessage(
            "Serving endpoint 'chat' is disabled for this caller by a rate limit of 0 (0 calls per"
                + " minute; key 'user', principal 'bob@x').");
    // Someone else is not concerned.
    limiter.admit(call(gateway(calls(0, "user", "bob@x")), user(2, "carol@x")));
  }

  @Test
  void absentLimitsAdmitEverything() throws Exception {
    assertThat(Burst.of(THREADS, BURST, limiter, i -> call(null, user(1, "a@x"))).admittedCount())
        .isEqualTo(BURST);
  }

  @Test
  void legacyLimitsAreEnforcedToo() throws Exception {
    List<LegacyRateLimit> legacy = List.of(new LegacyRateLimit(7L, "user", "minute"));
    Burst burst = Burst.of(THREADS, BURST, limiter, i -> call(null, legacy, user(1, "a@x"), null));
    assertThat(burst.admittedCount()).isEqualTo(7);
    assertThat(burst.refused.peek().getMessage())
        .contains("7 calls per minute (legacy rate_limits, key 'user', the per-user default)");
    assertThatThrownBy(
            () ->
                limiter.admit(
                    call(
                        null,
                        List.of(new LegacyRateLimit(0L, null, "minute")),
                        user(1, "a@x"),
                        null)))
        .isInstanceOf(RateLimitDisabledException.class)
        .hasMessageContaining("legacy rate_limits, key 'endpoint'");
  }

  @Test
  void aChangedLimitTakesEffectOnTheNextCall() {
    Caller alice = user(1, "alice@x");
    limiter.admit(call(gateway(calls(1, "user", null)), alice));
    assertThatThrownBy(() -> limiter.admit(call(gateway(calls(1, "user", null)), alice)))
        .isInstanceOf(RateLimitExceededException.class);
    limiter.admit(call(gateway(calls(2, "user", null)), alice));
  }

  @Test
  void aCallGatehouseRefusedBeforeTheProviderIsGivenBack() {
    AiGatewayConfig limits = gateway(calls(1, "user", null));
    Caller alice = user(1, "alice@x");
    limiter.admit(call(limits, alice)).settle(0, true);
    limiter.admit(call(limits, alice)).settle(0, false);
    assertThatThrownBy(() -> limiter.admit(call(limits, alice)))
        .isInstanceOf(RateLimitExceededException.class);
  }
}
