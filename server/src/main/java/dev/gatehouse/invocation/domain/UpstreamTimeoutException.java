package dev.gatehouse.invocation.domain;

/** The provider did not answer within the read timeout. */
public class UpstreamTimeoutException extends RuntimeException {
  public UpstreamTimeoutException(String message) {
    super(message, null, false, false);
  }
}
