package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** Another node or transaction changed the same identity first. */
public class ConcurrentIdentityChangeException extends GatehouseException {
  public ConcurrentIdentityChangeException() {
    super(
        ErrorCode.RESOURCE_CONFLICT,
        "The identity was changed concurrently by another request; read it again and retry.");
  }
}
