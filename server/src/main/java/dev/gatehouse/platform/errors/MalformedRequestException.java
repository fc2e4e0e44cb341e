package dev.gatehouse.platform.errors;

/** A body that is not JSON at all, or not a JSON object. */
public class MalformedRequestException extends GatehouseException {
  public MalformedRequestException(String message) {
    super(ErrorCode.MALFORMED_REQUEST, message);
  }
}
