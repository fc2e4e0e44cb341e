package dev.gatehouse.providers;

/**
 * One framed event of a provider stream: its type and data.
 *
 * <p>From SSE the type is the {@code event:} name (may be null) and the data the joined {@code
 * data:} lines. From the AWS event stream an event message's type is its {@code :event-type} header
 * and the data its UTF-8 JSON payload; an exception (or error) message's type is {@link
 * #EXCEPTION_PREFIX} followed by its {@code :exception-type} (or {@code :error-code}), and the data
 * its payload, JSON with a {@code message}.
 */
public record UpstreamEvent(String type, String data) {
  /** Prefix of the type of an exception message of the AWS event stream. */
  public static final String EXCEPTION_PREFIX = "exception:";

  /** Whether this is the provider reporting an error in an AWS event stream. */
  public boolean isException() {
    return type != null && type.startsWith(EXCEPTION_PREFIX);
  }
}
