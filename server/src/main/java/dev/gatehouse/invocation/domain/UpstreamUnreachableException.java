package dev.gatehouse.invocation.domain;

/** No connection to the provider could be made (refused, reset, DNS); safe to retry. */
public class UpstreamUnreachableException extends RuntimeException {
  public UpstreamUnreachableException(String message) {
    super(message, null, false, false);
  }
}
