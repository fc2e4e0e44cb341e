package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A config update while another one is in progress on the same endpoint. */
public class ConcurrentUpdateException extends GatehouseException {
  public ConcurrentUpdateException(String endpoint, int pendingVersion) {
    super(
        ErrorCode.RESOURCE_CONFLICT,
        "Serving endpoint '"
            + endpoint
            + "' is currently updating to config version "
            + pendingVersion
            + "; wait until it finishes or cancel it (DELETE /api/2.0/serving-endpoints/"
            + endpoint
            + "/pending-config), then try again.");
  }

  /** Another node or transaction changed the endpoint between our read and our write. */
  public ConcurrentUpdateException(String endpoint) {
    super(
        ErrorCode.RESOURCE_CONFLICT,
        "Serving endpoint '" + endpoint + "' was changed concurrently; read it again and retry.");
  }
}
