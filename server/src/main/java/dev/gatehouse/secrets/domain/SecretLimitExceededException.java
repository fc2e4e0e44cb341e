package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A fixed limit of the secret store would be exceeded; the message names it. */
public class SecretLimitExceededException extends GatehouseException {
  public SecretLimitExceededException(String message) {
    super(ErrorCode.RESOURCE_LIMIT_EXCEEDED, message);
  }
}
