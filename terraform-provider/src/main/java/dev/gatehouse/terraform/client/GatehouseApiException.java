package dev.gatehouse.terraform.client;

/**
 * Gatehouse answered with an error: its HTTP status and the {@code error_code} and {@code message}
 * of the body, which already tell the user what to fix.
 */
public class GatehouseApiException extends RuntimeException {
  private final int status;
  private final String errorCode;

  public GatehouseApiException(int status, String errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  public int status() {
    return status;
  }

  public String errorCode() {
    return errorCode;
  }

  public boolean notFound() {
    return status == 404;
  }

  /** Any 409: a name already taken, or a change that clashes with the endpoint's state. */
  public boolean conflict() {
    return status == 409;
  }

  /**
   * 409 {@code RESOURCE_CONFLICT}: another config update is in progress, there is nothing to
   * cancel, or a concurrent change won. Unlike {@link #alreadyExists()}, waiting can cure it: wait
   * with {@link EndpointsApi#waitUntilNotUpdating} and send the change again.
   */
  public boolean resourceConflict() {
    return status == 409 && "RESOURCE_CONFLICT".equals(errorCode);
  }

  /** 409 {@code RESOURCE_ALREADY_EXISTS}: the name is taken; waiting does not help. */
  public boolean alreadyExists() {
    return status == 409 && "RESOURCE_ALREADY_EXISTS".equals(errorCode);
  }
}
