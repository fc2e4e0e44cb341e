package dev.gatehouse.platform.errors;

/** A body over the configured limit; refused before it is parsed. */
public class RequestTooLargeException extends GatehouseException {
  public RequestTooLargeException(long limitBytes) {
    super(
        ErrorCode.REQUEST_ENTITY_TOO_LARGE,
        "Request body is larger than the limit of "
            + limitBytes
            + " bytes (setting gatehouse.http.max-body-bytes); send a smaller body.");
  }
}
