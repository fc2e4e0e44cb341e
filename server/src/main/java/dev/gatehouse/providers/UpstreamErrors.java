package dev.gatehouse.providers;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The skeleton the error mappers of translating adapters share: reading an error body leniently,
 * asking for a retry hint only when the failure is retryable, cutting secrets out of a provider's
 * message, and reading {@code retry-after} in seconds. Which status is which {@link Kind}, where
 * the message sits and what counts as a secret stay with each provider.
 */
public final class UpstreamErrors {
  private static final int MAX_MESSAGE = 500;

  private UpstreamErrors() {}

  /** A failure of {@code kind}; {@code retryAfter} is consulted only when the kind is retried. */
  public static UpstreamFailure failure(
      UpstreamResponse response, Kind kind, String message, Supplier<Duration> retryAfter) {
    Duration wait = kind.retryable() ? retryAfter.get() : null;
    return new UpstreamFailure(kind, response.status(), message, wait);
  }

  /**
   * An error body as JSON, or a missing node when it is none: an HTML page from a proxy, say, whose
   * text is not for the caller.
   */
  public static JsonNode body(byte[] body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body == null ? new byte[0] : body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (JacksonException e) {
      return MissingNode.getInstance();
    }
  }

  /** {@code text} with whatever {@code secret} matches cut out, stripped and bounded. */
  public static String sanitize(Pattern secret, String text) {
    String clean = secret.matcher(text).replaceAll("[redacted]").strip();
    return clean.length() <= MAX_MESSAGE ? clean : clean.substring(0, MAX_MESSAGE) + "...";
  }

  /** {@code retry-after} in (possibly fractional) seconds; anything else is no hint. */
  public static Duration retryAfterSeconds(UpstreamResponse response) {
    return response
        .header("retry-after")
        .map(String::strip)
        .filter(v -> v.matches("\\d+(\\.\\d+)?"))
        .map(v -> Duration.ofMillis((long) (Double.parseDouble(v) * 1000)))
        .orElse(null);
  }
}
