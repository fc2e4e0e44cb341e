package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import java.time.Duration;

/** A call over one of the endpoint's limits: 429 with {@code Retry-After}. */
public class RateLimitExceededException extends GatehouseException {
  public RateLimitExceededException(String message, Duration retryAfter) {
    super(ErrorCode.REQUEST_LIMIT_EXCEEDED, message, retryAfter);
  }
}
