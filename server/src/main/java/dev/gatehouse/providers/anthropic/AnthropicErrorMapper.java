package dev.gatehouse.providers.anthropic;

import dev.gatehouse.providers.UpstreamErrors;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Anthropic's error body ({@code {"type":"error","error":{"type","message"}}}) to a failure the
 * invocation context can act on. The provider's message reaches the caller only after anything
 * shaped like a key or a URL is cut out of it, and only so much of it.
 */
final class AnthropicErrorMapper {
  private static final Pattern SECRET =
      Pattern.compile("(sk-ant-[A-Za-z0-9_\\-]+|(?i:x-api-key)\\s*[:=]\\s*\\S+|https?://\\S+)");

  private AnthropicErrorMapper() {}

  static UpstreamFailure failure(UpstreamResponse response) {
    int status = response.status();
    return UpstreamErrors.failure(
        response,
        kind(status),
        message(status, response.body()),
        () -> UpstreamErrors.retryAfterSeconds(response));
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
    JsonNode error = UpstreamErrors.body(body).path("error");
    String type = error.path("type").asString("");
    String text = sanitize(error.path("message").asString(""));
    if (text.isEmpty()) {
      return "Anthropic answered HTTP " + status + (type.isEmpty() ? "" : " (" + type + ")") + ".";
    }
    return "Anthropic: " + text + (type.isEmpty() ? "" : " (" + type + ")");
  }

  /** Cuts keys, {@code x-api-key} echoes and URLs out of a provider message, and bounds it. */
  static String sanitize(String text) {
    return UpstreamErrors.sanitize(SECRET, text);
  }
}
