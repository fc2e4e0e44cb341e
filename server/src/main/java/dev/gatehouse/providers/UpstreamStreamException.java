package dev.gatehouse.providers;

/**
 * The provider reported an error after the stream started. The caller already has a 200, so the
 * stream ends with an error event carrying {@link #getMessage()}, which must be safe to show.
 */
public class UpstreamStreamException extends RuntimeException {
  public UpstreamStreamException(String message) {
    super(message, null, false, false);
  }
}
