package dev.gatehouse.providers.vertex;

import dev.gatehouse.providers.UpstreamErrors;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.openai.OpenAiErrors;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Google's RPC error body ({@code {"error":{"code","message","status","details"}}}) to a failure
 * the invocation context can act on. Google documents 500 {@code INTERNAL} as transient, so it is
 * retried with 503 and 504. A rate limit's wait comes from the {@code google.rpc.RetryInfo} detail,
 * as Vertex sends no {@code Retry-After}.
 */
final class VertexErrorMapper {
  private static final String RETRY_INFO = "type.googleapis.com/google.rpc.RetryInfo";

  private VertexErrorMapper() {}

  static UpstreamFailure failure(UpstreamResponse response) {
    int status = response.status();
    JsonNode error = errorOf(response.body());
    return UpstreamErrors.failure(
        response, kind(status), message(status, error), () -> retryAfter(error, response));
  }

  static Kind kind(int status) {
    return switch (status) {
      case 400, 404, 409, 413, 422 -> Kind.BAD_REQUEST;
      case 401, 403 -> Kind.AUTH;
      case 429 -> Kind.RATE_LIMITED;
      case 500, 502, 503, 504 -> Kind.UNAVAILABLE;
      default -> Kind.SERVER_ERROR; // 499 CANCELLED, 501 UNIMPLEMENTED
    };
  }

  /** "Vertex AI: <message> (STATUS)", the message without tokens, keys or URLs. */
  static String message(int status, JsonNode error) {
    String rpcStatus = error.path("status").asString("");
    String text = OpenAiErrors.sanitize(error.path("message").asString(""));
    String suffix = rpcStatus.isEmpty() ? "" : " (" + rpcStatus + ")";
    if (text.isEmpty()) {
      return "Vertex AI answered HTTP " + status + suffix + ".";
    }
    return "Vertex AI: " + text + suffix;
  }

  /** The {@code error} object of a body, or a missing node for anything else (an HTML page). */
  static JsonNode errorOf(byte[] body) {
    return UpstreamErrors.body(body).path("error");
  }

  /** {@code RetryInfo.retryDelay} ("12s", "0.5s"), else a {@code retry-after} if one came. */
  private static Duration retryAfter(JsonNode error, UpstreamResponse response) {
    for (JsonNode detail : error.path("details")) {
      String delay = detail.path("retryDelay").asString("").strip();
      if (RETRY_INFO.equals(detail.path("@type").asString(""))
          && delay.matches("\\d+(\\.\\d+)?s")) {
        double seconds = Double.parseDouble(delay.substring(0, delay.length() - 1));
        return Duration.ofMillis((long) (seconds * 1000));
      }
    }
    return OpenAiErrors.retryAfter(response).orElse(null);
  }
}
