package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI answers that adapters of non-OpenAI providers build: the {@code chat.completion} (or
 * emulated {@code text_completion}) envelope, the one-choice answer most providers give, and
 * reading the provider's body as a JSON object. What each provider's fields mean stays in its own
 * mapper; only the OpenAI side is written here, once.
 */
public final class OpenAiAnswers {
  private OpenAiAnswers() {}

  /** {@code id}, {@code object}, {@code created} and {@code model}, in that order. */
  public static ObjectNode envelope(Invocation invocation, String id, long created) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("id", id);
    body.put(
        "object", invocation.task() != Task.COMPLETIONS ? "chat.completion" : "text_completion");
    body.put("created", created);
    body.put("model", invocation.servedModelName());
    return body;
  }

  /**
   * An answer of one choice (index 0): a chat's assistant message, its content always a string and
   * its tool calls only when there are some, or a completion's text; then the finish reason, then
   * {@code usage}.
   */
  public static ObjectNode single(
      Invocation invocation,
      String id,
      long created,
      String text,
      ArrayNode toolCalls,
      String finishReason,
      ObjectNode usage) {
    ObjectNode body = envelope(invocation, id, created);
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    if (invocation.task() != Task.COMPLETIONS) {
      ObjectNode message = choice.putObject("message").put("role", "assistant");
      message.put("content", text);
      if (!toolCalls.isEmpty()) {
        message.set("tool_calls", toolCalls);
      }
    } else {
      choice.put("text", text);
    }
    choice.put("finish_reason", finishReason);
    body.set("usage", usage);
    return body;
  }

  /**
   * The usage object as the Anthropic and Cohere answers send it: the three counts, without the
   * {@code estimated} flag {@code OpenAiTexts.usageNode} adds.
   */
  public static ObjectNode counts(Usage usage) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("prompt_tokens", usage.promptTokens());
    node.put("completion_tokens", usage.completionTokens());
    return node.put("total_tokens", usage.totalTokens());
  }

  /**
   * The provider's body as a JSON object, else an {@link IllegalStateException} with {@code
   * failure} as its message: the body itself is never echoed.
   */
  public static JsonNode object(byte[] body, String failure) {
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below, without the body
    }
    throw new IllegalStateException(failure);
  }
}
