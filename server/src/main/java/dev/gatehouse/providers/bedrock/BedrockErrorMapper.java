package dev.gatehouse.providers.bedrock;

import dev.gatehouse.providers.UpstreamErrors;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.openai.OpenAiErrors;
import tools.jackson.databind.JsonNode;

/**
 * Bedrock's error answers: the exception name in {@code x-amzn-ErrorType} (before the first {@code
 * :}), the text in {@code message} (or {@code Message}, as generic AWS auth errors spell it).
 * Bedrock sends no retry hints, so retryable failures carry none and the caller backs off.
 */
final class BedrockErrorMapper {
  static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";

  private BedrockErrorMapper() {}

  static UpstreamFailure failure(UpstreamResponse response) {
    int status = response.status();
    String exception = exceptionName(response.header(ERROR_TYPE_HEADER).orElse(""));
    String text = OpenAiErrors.sanitize(messageOf(response.body()));
    String message =
        "Amazon Bedrock"
            + (exception.isEmpty() ? "" : " " + exception)
            + (text.isEmpty() ? " answered HTTP " + status + "." : ": " + text);
    return new UpstreamFailure(kind(status, exception), status, message, null);
  }

  static String exceptionName(String header) {
    int colon = header.indexOf(':');
    return (colon < 0 ? header : header.substring(0, colon)).strip();
  }

  /**
   * providers.md §6 and §9.3. A 429 is throttling or {@code ModelNotReadyException}, both cleared
   * by waiting; 500 and 503 are retried as Bedrock's transient failures; 408 (model timeout) and
   * 424 (the model itself failed) are not, as a retry would likely fail the same way.
   */
  static Kind kind(int status, String exception) {
    if ("ServiceUnavailableException".equals(exception)) {
      return Kind.UNAVAILABLE;
    }
    return switch (status) {
      case 400, 404, 413, 422 -> Kind.BAD_REQUEST;
      case 401, 403 -> Kind.AUTH;
      case 429 -> Kind.RATE_LIMITED;
      case 500, 502, 503, 504 -> Kind.UNAVAILABLE;
      default -> Kind.SERVER_ERROR;
    };
  }

  private static String messageOf(byte[] body) {
    JsonNode root = UpstreamErrors.body(body);
    for (String field : new String[] {"message", "Message"}) {
      if (root.path(field).isString()) {
        return root.get(field).asString();
      }
    }
    return "";
  }
}
