package dev.gatehouse.invocation.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** The endpoint exists but has no config serving yet, or serves no external model. */
public class EndpointNotServingException extends GatehouseException {
  public EndpointNotServingException(String endpoint, String why) {
    super(ErrorCode.TEMPORARILY_UNAVAILABLE, "Serving endpoint '" + endpoint + "' " + why);
  }
}
