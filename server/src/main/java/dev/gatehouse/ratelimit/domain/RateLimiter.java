package dev.gatehouse.ratelimit.domain;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Admits a call against the limits that apply to its caller, or refuses it: 403 for a limit of 0,
 * 429 naming the exhausted limit. Everything happens on in-memory buckets, one or two per
 * applicable limit; nothing here waits for a database.
 *
 * <p>Buckets are taken one requirement at a time and given back if a later one refuses, so a
 * refused call never keeps a unit. Calls are exact: a bucket of N never lets more than N calls
 * through in its minute, however many threads ask at once.
 */
@ApplicationScoped
public class RateLimiter {
  static final String CALLS = "calls";
  static final String TOKENS = "tokens";

  @Inject BucketStore store;
  @Inject Clock clock;
  @Inject RateLimitSettings settings;
  private Consumer<LimitRefused> refused = r -> {};

  RateLimiter() {}

  public RateLimiter(BucketStore store, Clock clock, RateLimitSettings settings) {
    this.store = store;
    this.clock = clock;
    this.settings = settings;
  }

  /** Where refusals are told (metrics count them); nowhere when built without CDI. */
  @Inject
  void tellRefusalsTo(Event<LimitRefused> refusals) {
    this.refused = refusals::fire;
  }

  public Admission admit(LimitedCall call) {
    List<Requirement> requirements =
        LimitPolicy.resolve(call.gateway(), call.legacyRateLimits(), call.caller());
    if (requirements.isEmpty()) {
      return Admission.UNLIMITED;
    }
    for (Requirement requirement : requirements) {
      if (requirement.disabled()) {
        throw new RateLimitDisabledException(call.endpointName(), requirement.budgets().get(0));
      }
    }
    long reservation =
        settings.tokenMode() == TokenMode.RESERVE_MAX_TOKENS
            ? TokenReservation.estimate(call.body(), settings.defaultMaxTokens())
            : 0;
    List<Charge> taken = new ArrayList<>();
    for (Requirement requirement : requirements) {
      List<Refusal> refusals = new ArrayList<>();
      Charge charge = null;
      for (Budget budget : requirement.budgets()) {
        if (budget.disabled()) {
          continue;
        }
        Attempt attempt = take(call.endpointId(), budget, reservation);
        if (attempt.charge() != null) {
          charge = attempt.charge();
          break;
        }
        refusals.add(attempt.refusal());
      }
      if (charge == null) {
        taken.forEach(Charge::undo);
        refused.accept(Refusal.soonest(refusals).event(call.endpointId(), call.endpointName()));
        throw Refusal.exception(call.endpointName(), refusals);
      }
      taken.add(charge);
    }
    return new Admission(taken);
  }

  private Attempt take(String endpointId, Budget budget, long reservation) {
    Bucket calls = bucket(endpointId, budget, CALLS, budget.calls());
    Bucket tokens = bucket(endpointId, budget, TOKENS, budget.tokens());
    Refusal refusal = null;
    if (calls != null) {
      ConsumptionProbe probe = calls.tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        refusal = new Refusal(budget, CALLS, probe.getNanosToWaitForRefill());
      }
    }
    long reserve = tokens == null ? 0 : Math.min(reservation, budget.tokens());
    if (tokens != null) {
      long wait = refusal == null ? takeTokens(tokens, reserve) : waitForTokens(tokens, reserve);
      if (wait > 0 && (refusal == null || wait > refusal.waitNanos())) {
        if (refusal == null && calls != null) {
          calls.addTokens(1);
        }
        refusal = new Refusal(budget, TOKENS, wait);
      }
    }
    return refusal == null
        ? Attempt.admitted(new Charge(calls, tokens, reserve))
        : Attempt.refused(refusal);
  }

  /**
   * Takes the reservation (reserve mode), or only checks that the tokens already charged leave room
   * (a call's real count is charged when it ends). Returns how long until there is room, 0 when the
   * call may go.
   */
  private static long takeTokens(Bucket tokens, long reserve) {
    if (reserve == 0) {
      return waitForTokens(tokens, 0);
    }
    ConsumptionProbe probe = tokens.tryConsumeAndReturnRemaining(reserve);
    return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }

  private static long waitForTokens(Bucket tokens, long reserve) {
    EstimationProbe probe = tokens.estimateAbilityToConsume(Math.max(1, reserve));
    return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }

  private Bucket bucket(String endpointId, Budget budget, String dimension, Long perMinute) {
    if (perMinute == null) {
      return null;
    }
    return store.bucket(
        budget.bucketKey(endpointId, dimension, perMinute),
        () -> MinuteWindows.perMinute(perMinute, clock));
  }

  private record Attempt(Charge charge, Refusal refusal) {
    static Attempt admitted(Charge charge) {
      return new Attempt(charge, null);
    }

    static Attempt refused(Refusal refusal) {
      return new Attempt(null, refusal);
    }
  }
}
