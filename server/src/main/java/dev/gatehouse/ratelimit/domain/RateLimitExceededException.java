package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.invocation.domain.InvocationFailedException;
import dev.gatehouse.platform.errors.ErrorCode;
import java.time.Duration;

/**
 * A call over one of the endpoint's limits: 429 with {@code Retry-After}. It is an invocation
 * failure so that it travels through the one mapper that writes {@code Retry-After}.
 */
public class RateLimitExceededException extends InvocationFailedException {
  public RateLimitExceededException(String message, Duration retryAfter) {
    super(ErrorCode.REQUEST_LIMIT_EXCEEDED, message, retryAfter);
  }
}
