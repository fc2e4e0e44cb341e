package dev.gatehouse.invocation.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import java.time.Duration;
import java.util.Optional;

/** A call the provider side could not complete, in the client-facing shape, with when to retry. */
public class InvocationFailedException extends GatehouseException {
  private final transient Duration retryAfter;

  public InvocationFailedException(ErrorCode code, String message, Duration retryAfter) {
    super(code, message);
    this.retryAfter = retryAfter;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
