package dev.gatehouse.platform.errors;

/** A request that is well-formed JSON but asks for something the rules do not allow. */
public class InvalidParameterException extends GatehouseException {
  public InvalidParameterException(String message) {
    super(ErrorCode.INVALID_PARAMETER_VALUE, message);
  }
}
