package dev.gatehouse.providers.cohere;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Cohere's error body ({@code {"id","message"}}) to a failure the invocation context can act on.
 * The message reaches the caller only after bearer tokens, key-like strings and URLs are cut out.
 * Cohere documents no retry headers; a {@code retry-after} in seconds is honoured if one comes.
 */
final class CohereErrorMapper {
  private static final int MAX_MESSAGE = 500;
  private static final Pattern SECRET =
      Pattern.compile(
          "((?i:authorization)\\s*[:=]\\s*(?:(?i:bearer)\\s+)?\\S+|(?i:bearer)\\s+\\S+|https?://\\S+"
              + "|\\b[A-Za-z0-9]{40}\\b)");

  private CohereErrorMapper() {}

  static UpstreamFailure failure(UpstreamResponse response) {
    int status = response.status();
    Kind kind = kind(status);
    Duration retryAfter = kind.retryable() ? retryAfter(response) : null;
    return new UpstreamFailure(kind, status, message(status, response.body()), retryAfter);
  }

  static Kind kind(int status) {
    return switch (status) {
      case 400, 404, 413, 422 -> Kind.BAD_REQUEST;
      case 401, 403, 498 -> Kind.AUTH;
      case 429 -> Kind.RATE_LIMITED;
      case 502, 503 -> Kind.UNAVAILABLE;
      default -> Kind.SERVER_ERROR; // 500, 501, 504
    };
  }

  private static String message(int status, byte[] body) {
    String text = sanitize(bodyOf(body).path("message").asString(""));
    if (text.isEmpty()) {
      return "Cohere answered HTTP " + status + ".";
    }
    return "Cohere: " + text;
  }

  private static JsonNode bodyOf(byte[] body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body == null ? new byte[0] : body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (JacksonException e) {
      // an HTML page from a proxy: its text is not for the caller
      return MissingNode.getInstance();
    }
  }

  /** Cuts bearer tokens, key-like strings and URLs out of a provider message, and bounds it. */
  static String sanitize(String text) {
    String clean = SECRET.matcher(text).replaceAll("[redacted]").strip();
    return clean.length() <= MAX_MESSAGE ? clean : clean.substring(0, MAX_MESSAGE) + "...";
  }

  private static Duration retryAfter(UpstreamResponse response) {
    return response
        .header("retry-after")
        .map(String::strip)
        .filter(v -> v.matches("\\d+(\\.\\d+)?"))
        .map(v -> Duration.ofMillis((long) (Double.parseDouble(v) * 1000)))
        .orElse(null);
  }
}
