package dev.gatehouse.invocation.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import java.time.Duration;

/** A call the provider side could not complete, in the client-facing shape, with when to retry. */
public class InvocationFailedException extends GatehouseException {
  public InvocationFailedException(ErrorCode code, String message, Duration retryAfter) {
    super(code, message, retryAfter);
  }
}
