package dev.gatehouse.ratelimit.domain;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One budget that had no room for a call: which value ran out, and until when. */
record Refusal(Budget budget, String dimension, long waitNanos) {

  String describe() {
    long value = dimension.equals(RateLimiter.CALLS) ? budget.calls() : budget.tokens();
    return value + " " + dimension + " per minute (" + budget.describe() + ")";
  }

  /** The refusal whose budget has room again first: the one {@code Retry-After} waits for. */
  static Refusal soonest(List<Refusal> refusals) {
    return refusals.stream().min(Comparator.comparingLong(Refusal::waitNanos)).orElseThrow();
  }

  /** What the refusal tells metrics: which limit (not whose budget) refused. */
  LimitRefused event(String endpointId, String endpointName) {
    return new LimitRefused(endpointId, endpointName, budget.source(), budget.key(), dimension);
  }

  /**
   * The 429 for a requirement none of whose budgets had room. With several (a caller's groups) the
   * caller may retry as soon as the first of them has room again.
   */
  static RateLimitExceededException exception(String endpointName, List<Refusal> refusals) {
    Duration wait = Duration.ofNanos(soonest(refusals).waitNanos());
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    String which =
        refusals.size() == 1
            ? refusals.get(0).describe() + " is used up"
            : "every group limit of the caller is used up: "
                + refusals.stream().map(Refusal::describe).collect(Collectors.joining("; "));
    return new RateLimitExceededException(
        "User defined rate limit exceeded on serving endpoint '"
            + endpointName
            + "': "
            + which
            + ". Retry after "
            + seconds
            + " s.",
        wait);
  }
}
