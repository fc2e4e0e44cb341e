package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

public class EndpointNotFoundException extends GatehouseException {
  public EndpointNotFoundException(String name) {
    this("name", name);
  }

  private EndpointNotFoundException(String key, String value) {
    super(
        ErrorCode.RESOURCE_DOES_NOT_EXIST,
        "Serving endpoint with " + key + " '" + value + "' not found.");
  }

  /** For the routes that address an endpoint by id, such as its permissions. */
  public static EndpointNotFoundException withId(String id) {
    return new EndpointNotFoundException("id", id);
  }
}
