package dev.gatehouse.providers.anthropic;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.time.Clock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Anthropic message to an OpenAI {@code chat.completion} (or emulated {@code text_completion}).
 * {@code message.content} is always a string, the text blocks joined, because the Databricks Java
 * SDK cannot read a list there; {@code thinking} blocks are not exposed.
 */
final class AnthropicResponseMapper {
  private final Clock clock;

  AnthropicResponseMapper(Clock clock) {
    this.clock = clock;
  }

  Answer answer(Invocation invocation, UpstreamResponse response) {
    JsonNode message = parse(response.body());
    StringBuilder text = new StringBuilder();
    ArrayNode toolCalls = Json.MAPPER.createArrayNode();
    for (JsonNode block : message.path("content")) {
      switch (block.path("type").asString("")) {
        case "text" -> text.append(block.path("text").asString(""));
        case "tool_use" -> toolCalls.add(toolCall(block));
        default -> {
          // thinking, redacted_thinking and server-tool blocks have no OpenAI counterpart
        }
      }
    }
    Usage usage = usage(message.path("usage"), invocation, text.toString());
    String finish = finishReason(message.path("stop_reason").asString(null));

    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("id", message.path("id").asString(""));
    boolean chat = invocation.task() != Task.COMPLETIONS;
    body.put("object", chat ? "chat.completion" : "text_completion");
    body.put("created", clock.instant().getEpochSecond());
    body.put("model", invocation.servedModelName());
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    if (chat) {
      ObjectNode out = choice.putObject("message").put("role", "assistant");
      out.put("content", text.toString());
      if (!toolCalls.isEmpty()) {
        out.set("tool_calls", toolCalls);
      }
    } else {
      choice.put("text", text.toString());
    }
    choice.put("finish_reason", finish);
    body.set("usage", usageNode(usage));
    return new Answer(body, usage);
  }

  private static ObjectNode toolCall(JsonNode block) {
    ObjectNode call = Json.MAPPER.createObjectNode();
    call.put("id", block.path("id").asString(""));
    call.put("type", "function");
    ObjectNode function = call.putObject("function");
    function.put("name", block.path("name").asString(""));
    JsonNode input = block.get("input");
    function.put("arguments", input == null ? "{}" : Json.MAPPER.writeValueAsString(input));
    return call;
  }

  /** Anthropic's {@code stop_reason} as an OpenAI {@code finish_reason} (providers.md §9.2). */
  static String finishReason(String stopReason) {
    if (stopReason == null) {
      return null;
    }
    return switch (stopReason) {
      case "max_tokens", "model_context_window_exceeded" -> "length";
      case "tool_use" -> "tool_calls";
      case "refusal" -> "content_filter";
      default -> "stop"; // end_turn, stop_sequence, pause_turn
    };
  }

  /** Prompt tokens include the cached ones: Anthropic counts them apart, OpenAI does not. */
  static long promptTokens(JsonNode usage) {
    return usage.path("input_tokens").asLong(0)
        + usage.path("cache_creation_input_tokens").asLong(0)
        + usage.path("cache_read_input_tokens").asLong(0);
  }

  private static Usage usage(JsonNode usage, Invocation invocation, String completion) {
    if (!usage.has("input_tokens") && !usage.has("output_tokens")) {
      return Usage.estimated(promptText(invocation), completion);
    }
    return Usage.of(promptTokens(usage), usage.path("output_tokens").asLong(0));
  }

  /** What the estimate counts when Anthropic reports no usage: the caller's request as sent. */
  static String promptText(Invocation invocation) {
    JsonNode prompt = invocation.body().get("prompt");
    if (prompt != null) {
      return prompt.isString() ? prompt.asString() : prompt.toString();
    }
    return invocation.body().path("messages").toString();
  }

  static ObjectNode usageNode(Usage usage) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("prompt_tokens", usage.promptTokens());
    node.put("completion_tokens", usage.completionTokens());
    return node.put("total_tokens", usage.totalTokens());
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below, without the body
    }
    throw new IllegalStateException("Anthropic answered with a body that is not a message.");
  }
}
