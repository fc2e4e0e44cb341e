package dev.gatehouse.endpoints.domain;

/** A readiness check's verdict that the pending config cannot serve, and why. */
public class NotReadyException extends RuntimeException {
  public NotReadyException(String reason) {
    super(reason, null, false, false);
  }
}
