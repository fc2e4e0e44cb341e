package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

public class EndpointNotFoundException extends GatehouseException {
  public EndpointNotFoundException(String name) {
    super(
        ErrorCode.RESOURCE_DOES_NOT_EXIST, "Serving endpoint with name '" + name + "' not found.");
  }
}
