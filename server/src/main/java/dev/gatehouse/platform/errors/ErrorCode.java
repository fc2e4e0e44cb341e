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
  /** The caller, or the provider behind an endpoint, is over a rate limit; retry later. */
  REQUEST_LIMIT_EXCEEDED(429),
  INTERNAL_ERROR(500),
  /** The provider refused the endpoint's credentials: its owner must fix them. */
  UPSTREAM_AUTH_FAILED(502),
  /** The provider failed in a way the caller cannot fix. */
  UPSTREAM_ERROR(502),
  /** The provider is failing or saturated, so Gatehouse is not calling it for a while. */
  TEMPORARILY_UNAVAILABLE(503),
  /** The provider did not answer in time. */
  UPSTREAM_TIMEOUT(504);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
