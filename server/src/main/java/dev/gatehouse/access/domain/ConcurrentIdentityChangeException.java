package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/**
 * Another node or transaction changed the same identity first, or (on delete) something another
 * context keeps still refers to it.
 */
public class ConcurrentIdentityChangeException extends GatehouseException {
  public ConcurrentIdentityChangeException() {
    super(
        ErrorCode.RESOURCE_CONFLICT,
        "The identity was changed concurrently, or is still referred to; read it again and"
            + " retry.");
  }
}
