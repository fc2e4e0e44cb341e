package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** No credentials, or credentials that match no active principal. */
public class UnauthenticatedException extends GatehouseException {
  public UnauthenticatedException(String message) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
