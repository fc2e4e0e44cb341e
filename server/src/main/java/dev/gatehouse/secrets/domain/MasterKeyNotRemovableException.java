package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A master key Gatehouse may not delete: the operator owns it. */
public class MasterKeyNotRemovableException extends GatehouseException {
  public MasterKeyNotRemovableException(String message) {
    super(ErrorCode.INVALID_PARAMETER_VALUE, message);
  }
}
