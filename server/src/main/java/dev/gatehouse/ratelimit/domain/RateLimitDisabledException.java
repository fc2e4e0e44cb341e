package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.platform.errors.PermissionDeniedException;

/**
 * A limit of 0 applies to the caller: Databricks answers 403 rather than 429, since waiting will
 * not help.
 */
public class RateLimitDisabledException extends PermissionDeniedException {
  public RateLimitDisabledException(String endpointName, Budget budget) {
    super(
        "Serving endpoint '"
            + endpointName
            + "' is disabled for this caller by a rate limit of 0 ("
            + budget.values()
            + "; "
            + budget.describe()
            + ").");
  }
}
