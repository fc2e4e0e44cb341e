package dev.gatehouse.platform.errors;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Optional;

/**
 * Base of every named domain exception. Its message is written for the caller: it reaches the
 * client verbatim, so it must never carry a secret value, a class name or SQL.
 *
 * <p>Marked as an application exception so EJBs rethrow it as is (rolling back) instead of wrapping
 * it, and the mapper sees the real code.
 */
@ApplicationException(rollback = true)
public abstract class GatehouseException extends RuntimeException {
  private final ErrorCode code;
  private final transient Duration retryAfter;

  protected GatehouseException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /**
   * @param retryAfter when waiting helps (a rate limit, a paused provider), how long: it reaches
   *     the client as {@code Retry-After}; null otherwise
   */
  protected GatehouseException(ErrorCode code, String message, Duration retryAfter) {
    super(message, null, false, false);
    this.code = code;
    this.retryAfter = retryAfter;
  }

  public ErrorCode code() {
    return code;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
