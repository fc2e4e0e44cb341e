package dev.gatehouse.providers.cohere;

import dev.gatehouse.providers.UpstreamErrors;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import java.util.regex.Pattern;

/**
 * Cohere's error body ({@code {"id","message"}}) to a failure the invocation context can act on.
 * The message reaches the caller only after bearer tokens, key-like strings and URLs are cut out.
 * Cohere documents no retry headers; a {@code retry-after} in seconds is honoured if one comes.
 */
final class CohereErrorMapper {
  private static final Pattern SECRET =
      Pattern.compile(
          "((?i:authorization)\\s*[:=]\\s*(?:(?i:bearer)\\s+)?\\S+|(?i:bearer)\\s+\\S+|https?://\\S+"
              + "|\\b[A-Za-z0-9]{40}\\b)");

  private CohereErrorMapper() {}

  static UpstreamFailure failure(UpstreamResponse response) {
    int status = response.status();
    return UpstreamErrors.failure(
        response,
        kind(status),
        message(status, response.body()),
        () -> UpstreamErrors.retryAfterSeconds(response));
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
    String text = sanitize(UpstreamErrors.body(body).path("message").asString(""));
    if (text.isEmpty()) {
      return "Cohere answered HTTP " + status + ".";
    }
    return "Cohere: " + text;
  }

  /** Cuts bearer tokens, key-like strings and URLs out of a provider message, and bounds it. */
  static String sanitize(String text) {
    return UpstreamErrors.sanitize(SECRET, text);
  }
}
