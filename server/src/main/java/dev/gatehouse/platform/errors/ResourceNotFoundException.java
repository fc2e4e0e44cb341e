package dev.gatehouse.platform.errors;

/** A named thing that does not exist; the message says what is known instead. */
public class ResourceNotFoundException extends GatehouseException {
  public ResourceNotFoundException(String message) {
    super(ErrorCode.RESOURCE_DOES_NOT_EXIST, message);
  }
}
