package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A master key that still encrypts secrets, or that encrypts new ones. */
public class MasterKeyInUseException extends GatehouseException {
  public MasterKeyInUseException(String message) {
    super(ErrorCode.RESOURCE_CONFLICT, message);
  }
}
