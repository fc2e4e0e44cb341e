package dev.gatehouse.providers.anthropic;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.OpenAiAnswers;
import dev.gatehouse.providers.ToolCalls;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiTexts;
import java.time.Clock;
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
    JsonNode message =
        OpenAiAnswers.object(
            response.body(), "Anthropic answered with a body that is not a message.");
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

    ObjectNode body =
        OpenAiAnswers.single(
            invocation,
            message.path("id").asString(""),
            clock.instant().getEpochSecond(),
            text.toString(),
            toolCalls,
            finish,
            OpenAiAnswers.counts(usage));
    return new Answer(body, usage);
  }

  private static ObjectNode toolCall(JsonNode block) {
    return ToolCalls.call(
        block.path("id").asString(""),
        block.path("name").asString(""),
        ToolCalls.argumentsOf(block.get("input")));
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
      return Usage.estimated(OpenAiTexts.requestText(invocation), completion);
    }
    return Usage.of(promptTokens(usage), usage.path("output_tokens").asLong(0));
  }
}
