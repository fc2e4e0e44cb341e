package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

public class PermissionDeniedException extends GatehouseException {
  public PermissionDeniedException(String message) {
    super(ErrorCode.PERMISSION_DENIED, message);
  }
}
