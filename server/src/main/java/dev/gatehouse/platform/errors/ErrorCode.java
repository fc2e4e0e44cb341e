package dev.gatehouse.platform.errors;

/** The Databricks error codes Gatehouse answers with, each with the HTTP status it travels with. */
public enum ErrorCode {
  INVALID_PARAMETER_VALUE(400),
  MALFORMED_REQUEST(400),
  /**
   * A fixed limit, such as the 1000 secrets of a scope, would be exceeded. 400 rather than 429:
   * waiting does not help, and SDKs retry 429 for minutes.
   */
  RESOURCE_LIMIT_EXCEEDED(400),
  UNAUTHENTICATED(401),
  PERMISSION_DENIED(403),
  RESOURCE_DOES_NOT_EXIST(404),
  ENDPOINT_NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  RESOURCE_ALREADY_EXISTS(409),
  RESOURCE_CONFLICT(409),
  REQUEST_ENTITY_TOO_LARGE(413),
  INTERNAL_ERROR(500);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
