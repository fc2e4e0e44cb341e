package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.providers.Usage;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The tokens reserve mode holds for a call before it runs: the prompt estimated as Databricks
 * estimates text it has no count for, {@code (characters + 1) / 4} (of the JSON, so a little more),
 * plus the most the call may generate, {@code max_tokens} (or {@code max_completion_tokens}, or the
 * configured default) times {@code n}. Embeddings generate nothing.
 */
final class TokenReservation {
  private static final List<String> PROMPT_FIELDS = List.of("messages", "prompt", "input");

  private TokenReservation() {}

  static long estimate(JsonNode body, long defaultMaxTokens) {
    if (body == null) {
      return defaultMaxTokens;
    }
    long prompt = 0;
    for (String field : PROMPT_FIELDS) {
      JsonNode value = body.get(field);
      if (value != null && !value.isNull()) {
        prompt += Usage.estimateTokens(value.toString());
      }
    }
    if (body.has("input")) {
      return prompt;
    }
    long maxTokens = positive(body.get("max_tokens"), -1);
    if (maxTokens < 0) {
      maxTokens = positive(body.get("max_completion_tokens"), defaultMaxTokens);
    }
    return prompt + maxTokens * positive(body.get("n"), 1);
  }

  private static long positive(JsonNode value, long otherwise) {
    return value != null && value.isIntegralNumber() && value.asLong() > 0
        ? value.asLong()
        : otherwise;
  }
}
