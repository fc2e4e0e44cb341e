package dev.gatehouse.platform.errors;

/** The caller is known but lacks the right; the message names the right and the object. */
public class PermissionDeniedException extends GatehouseException {
  public PermissionDeniedException(String message) {
    super(ErrorCode.PERMISSION_DENIED, message);
  }
}
