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

  /**
   * The 429 for a requirement none of whose budgets had room. With several (a caller's groups) the
   * caller may retry as soon as the first of them has room again.
   */
  static RateLimitExceededException exception(String endpointName, List<Refusal> refusals) {
    Duration wait =
        Duration.ofNanos(
            refusals.stream().map(Refusal::waitNanos).min(Comparator.naturalOrder()).orElse(0L));
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
