package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.body;
import static dev.gatehouse.ratelimit.domain.Limits.call;
import static dev.gatehouse.ratelimit.domain.Limits.gateway;
import static dev.gatehouse.ratelimit.domain.Limits.tokens;
import static dev.gatehouse.ratelimit.domain.Limits.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Token limits in both modes, with the real count charged late (as a stream's is, when it ends),
 * and the overshoot docs/rate-limits.md promises for each: charge-on-completion, at most the tokens
 * of the calls in flight when the budget ran out; reserve mode, at most what the estimates missed.
 */
class TokenLimitsTest {
  private static final long LIMIT = 1000;
  private static final AiGatewayConfig LIMITS = gateway(tokens(LIMIT, "endpoint", null));
  private static final JsonNode CHAT =
      body("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":100}");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:30Z"));
  private final Caller alice = user(1, "alice@example.com");

  @Test
  void chargeOnCompletionOvershootsByAtMostTheCallsInFlight() {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);
    int inFlight = 8;
    long perCall = 150;
    Deque<Admission> streams = new ArrayDeque<>();
    long charged = 0;
    int admitted = 0;
    while (true) {
      if (streams.size() == inFlight) {
        streams.removeFirst().settle(perCall, false); // the oldest stream ends
        charged += perCall;
      }
      try {
        streams.addLast(limiter.admit(call(LIMITS, alice)));
        admitted++;
      } catch (RateLimitExceededException e) {
        break;
      }
    }
    while (!streams.isEmpty()) {
      streams.removeFirst().settle(perCall, false);
      charged += perCall;
    }
    long overshoot = charged - LIMIT;
    System.out.printf(
        "charge-on-completion: %d admitted, %d tokens charged of %d, overshoot %d, bound %d%n",
        admitted, charged, LIMIT, overshoot, inFlight * perCall);
    assertThat(overshoot).isPositive().isLessThanOrEqualTo(inFlight * perCall);
  }

  @Test
  void chargeOnCompletionBoundHoldsUnderConcurrency() throws Exception {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);
    int threads = 64;
    long maxPerCall = 200;
    Loop loop = Loop.run(threads, limiter, CHAT, seed -> 1 + seed.nextInt((int) maxPerCall));
    System.out.printf(
        "charge-on-completion, %d threads: %d admitted, %d tokens charged of %d, overshoot %d,"
            + " bound %d%n",
        threads,
        loop.admitted(),
        loop.charged.get(),
        LIMIT,
        loop.charged.get() - LIMIT,
        threads * maxPerCall);
    assertThat(loop.charged.get() - LIMIT).isLessThanOrEqualTo(threads * maxPerCall);
  }

  @Test
  void aDebtDelaysTheNextCallUntilItIsRepaid() {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.CHARGE_ON_COMPLETION);
    limiter.admit(call(LIMITS, alice)).settle(2500, false); // 1500 over: repaid over two refills
    assertThatThrownBy(() -> limiter.admit(call(LIMITS, alice)))
        .isInstanceOfSatisfying(
            RateLimitExceededException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
              assertThat(e.getMessage())
                  .contains(
                      "1000 tokens per minute (key 'endpoint') is used up. Retry after 90 s.");
            });
    clock.advance(Duration.ofSeconds(89));
    assertThatThrownBy(() -> limiter.admit(call(LIMITS, alice)))
        .isInstanceOf(RateLimitExceededException.class);
    clock.advance(Duration.ofSeconds(1));
    limiter.admit(call(LIMITS, alice));
  }

  @Test
  void reserveModeAdmitsOnlyWhatItsReservationsCover() throws Exception {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.RESERVE_MAX_TOKENS);
    long reservation = TokenReservation.estimate(CHAT, 4096);

    Burst burst = Burst.of(64, 1000, limiter, i -> call(LIMITS, List.of(), alice, CHAT));

    assertThat(burst.admittedCount()).isEqualTo((int) (LIMIT / reservation));
    burst.admitted.forEach(a -> a.settle(reservation, false));
    long charged = burst.admittedCount() * reservation;
    System.out.printf(
        "reserve-max-tokens, exact estimates: reservation %d, %d admitted of 1000, %d tokens"
            + " charged of %d, overshoot 0%n",
        reservation, burst.admittedCount(), charged, LIMIT);
    assertThat(charged).isLessThanOrEqualTo(LIMIT);
  }

  @Test
  void reserveModeOvershootsByAtMostWhatTheEstimatesMissed() throws Exception {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.RESERVE_MAX_TOKENS);
    long reservation = TokenReservation.estimate(CHAT, 4096);
    // Real counts from 10 under the reservation to 20 over it (a prompt estimate too low).
    Loop loop = Loop.run(64, limiter, CHAT, seed -> reservation - 10 + seed.nextInt(31));
    long overshoot = loop.charged.get() - LIMIT;
    System.out.printf(
        "reserve-max-tokens, 64 threads: %d admitted, %d tokens charged of %d, overshoot %d,"
            + " bound (estimates missed) %d%n",
        loop.admitted(), loop.charged.get(), LIMIT, overshoot, loop.missed.get());
    assertThat(overshoot).isLessThanOrEqualTo(loop.missed.get());
  }

  @Test
  void reserveModeOvershootsWhenEveryEstimateIsLow() throws Exception {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.RESERVE_MAX_TOKENS);
    long reservation = TokenReservation.estimate(CHAT, 4096);
    Loop loop = Loop.run(64, limiter, CHAT, seed -> reservation + 42);
    long overshoot = loop.charged.get() - LIMIT;
    System.out.printf(
        "reserve-max-tokens, every estimate 42 low: %d admitted, %d tokens charged of %d,"
            + " overshoot %d, bound (estimates missed) %d%n",
        loop.admitted(), loop.charged.get(), LIMIT, overshoot, loop.missed.get());
    assertThat(overshoot).isPositive().isLessThanOrEqualTo(loop.missed.get());
  }

  @Test
  void aReservationIsCappedAtTheLimitAndGivenBackWhenNoTokensWereUsed() {
    RateLimiter limiter = Limits.limiter(clock, TokenMode.RESERVE_MAX_TOKENS);
    JsonNode huge = body("{\"prompt\":\"hi\",\"max_tokens\":5000}");
    Admission first = limiter.admit(call(LIMITS, List.of(), alice, huge));
    assertThat(first.reservedTokens()).isEqualTo(LIMIT);
    assertThatThrownBy(() -> limiter.admit(call(LIMITS, List.of(), alice, huge)))
        .isInstanceOf(RateLimitExceededException.class);
    first.settle(0, false); // the provider failed: nothing used, all of it back
    limiter.admit(call(LIMITS, List.of(), alice, huge));
  }

  /**
   * Rounds of streams: 64 threads ask at once, every admitted call is in flight together, then all
   * of them end and charge their real count. Rounds go on until one admits nothing.
   */
  private record Loop(List<Long> counts, AtomicLong charged, AtomicLong missed) {
    int admitted() {
      return counts.size();
    }

    static Loop run(int threads, RateLimiter limiter, JsonNode body, ToLongFunction<Random> tokens)
        throws Exception {
      Loop loop = new Loop(new ArrayList<>(), new AtomicLong(), new AtomicLong());
      Random seed = new Random(42);
      Caller caller = user(1, "alice@example.com");
      while (true) {
        Burst round =
            Burst.of(threads, threads, limiter, i -> call(LIMITS, List.of(), caller, body));
        if (round.admittedCount() == 0) {
          return loop;
        }
        for (Admission admission : round.admitted) {
          long used = tokens.applyAsLong(seed);
          loop.missed.addAndGet(Math.max(0, used - admission.reservedTokens()));
          loop.counts.add(used);
          loop.charged.addAndGet(used);
          admission.settle(used, false);
        }
      }
    }
  }
}
