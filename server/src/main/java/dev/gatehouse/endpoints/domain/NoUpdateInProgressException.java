package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A cancel when there is nothing to cancel. */
public class NoUpdateInProgressException extends GatehouseException {
  public NoUpdateInProgressException(String endpoint, ConfigUpdateState state) {
    super(
        ErrorCode.RESOURCE_CONFLICT,
        "Serving endpoint '"
            + endpoint
            + "' has no config update in progress to cancel (config_update is "
            + state
            + ").");
  }
}
