package dev.gatehouse.platform.errors;

import jakarta.ejb.ApplicationException;

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

  protected GatehouseException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
