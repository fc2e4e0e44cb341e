package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** The same secret or scope was changed concurrently; the caller may retry. */
public class SecretStoreConflictException extends GatehouseException {
  public SecretStoreConflictException(String message) {
    super(ErrorCode.RESOURCE_CONFLICT, message);
  }
}
