package dev.gatehouse.bench.upstream;

import dev.gatehouse.bench.JsonScan;

/**
 * The few facts the fake needs from a request body, read by scanning text rather than parsing JSON:
 * the fake must stay cheap next to the gateway it measures.
 */
final class RequestScan {
  static final String DEFAULT_MODEL = "bench-model";

  private RequestScan() {}

  /** The string value of {@code "model"}, or {@link #DEFAULT_MODEL}. */
  static String model(String body) {
    String model = JsonScan.stringField(body, "model");
    return model == null ? DEFAULT_MODEL : model;
  }

  /** Whether {@code "stream"} is {@code true}. */
  static boolean stream(String body) {
    int key = body.indexOf("\"stream\"");
    if (key < 0) {
      return false;
    }
    int colon = body.indexOf(':', key);
    int i = colon + 1;
    while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    return body.startsWith("true", i);
  }

  /** Whether a stream asked for OpenAI's final usage chunk. */
  static boolean includeUsage(String body) {
    return body.contains("\"include_usage\":true") || body.contains("\"include_usage\": true");
  }
}
