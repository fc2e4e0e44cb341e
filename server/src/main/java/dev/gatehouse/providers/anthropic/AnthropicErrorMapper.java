package dev.gatehouse.providers.anthropic;

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
 * Anthropic's error body ({@code {"type":"error","error":{"type","message"}}}) to a failure the
 * invocation context can act on. The provider's message reaches the caller only after anything
 * shaped like a key or a URL is cut out of it, and only so much of it.
 */
final class AnthropicErrorMapper {
  private static final int MAX_MESSAGE = 500;
  private static final Pattern SECRET =
      Pattern.compile("(sk-ant-[A-Za-z0-9_\\-]+|(?i:x-api-key)\\s*[:=]\\s*\\S+|https?://\\S+)");

  private AnthropicErrorMapper() {}

  static UpstreamFailure failure(UpstreamResponse response) {
    int status = response.status();
    Kind kind = kind(status);
    Duration retryAfter = kind.retryable() ? retryAfter(response) : null;
    return new UpstreamFailure(kind, status, message(status, response.body()), retryAfter);
  }

  private static Kind kind(int status) {
    return switch (status) {
      case 400, 404, 413, 422 -> Kind.BAD_REQUEST;
      case 401, 403 -> Kind.AUTH;
      case 429 -> Kind.RATE_LIMITED;
      case 502, 503, 504, 529 -> Kind.UNAVAILABLE;
      default -> Kind.SERVER_ERROR;
    };
  }

  private static String message(int status, byte[] body) {
    JsonNode error = errorOf(body);
    String type = error.path("type").asString("");
    String text = sanitize(error.path("message").asString(""));
    if (text.isEmpty()) {
      return "Anthropic answered HTTP " + status + (type.isEmpty() ? "" : " (" + type + ")") + ".";
    }
    return "Anthropic: " + text + (type.isEmpty() ? "" : " (" + type + ")");
  }

  private static JsonNode errorOf(byte[] body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body == null ? new byte[0] : body);
      return node == null ? MissingNode.getInstance() : node.path("error");
    } catch (JacksonException e) {
      // an HTML page from a proxy, say: its text is not for the caller
      return MissingNode.getInstance();
    }
  }

  /** Cuts keys, {@code x-api-key} echoes and URLs out of a provider message, and bounds it. */
  static String sanitize(String text) {
    String clean = SECRET.matcher(text).replaceAll("[redacted]").strip();
    return clean.length() <= MAX_MESSAGE ? clean : clean.substring(0, MAX_MESSAGE) + "...";
  }

  /** {@code retry-after} in seconds; Anthropic sends whole seconds, fractions are accepted. */
  private static Duration retryAfter(UpstreamResponse response) {
    return response
        .header("retry-after")
        .map(String::strip)
        .filter(v -> v.matches("\\d+(\\.\\d+)?"))
        .map(v -> Duration.ofMillis((long) (Double.parseDouble(v) * 1000)))
        .orElse(null);
  }
}
