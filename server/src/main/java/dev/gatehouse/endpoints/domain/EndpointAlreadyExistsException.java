package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

public class EndpointAlreadyExistsException extends GatehouseException {
  public EndpointAlreadyExistsException(String name) {
    super(
        ErrorCode.RESOURCE_ALREADY_EXISTS,
        "Serving endpoint with name '" + name + "' already exists; choose another name.");
  }
}
