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

  public boolean conflict() {
    return status == 409;
  }
}
