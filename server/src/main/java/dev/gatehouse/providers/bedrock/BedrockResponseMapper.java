package dev.gatehouse.providers.bedrock;

import dev.gatehouse.endpoints.domain.Task;
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
 * A Converse answer to an OpenAI {@code chat.completion} (or emulated {@code text_completion}), and
 * InvokeModel embeddings through {@link BedrockEmbeddings}. Converse's body has neither id nor
 * model: the id is the {@code x-amzn-RequestId} header, the model the served entity's name. Text
 * blocks are joined into one string; reasoning blocks are not exposed.
 */
final class BedrockResponseMapper {
  static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

  private final Clock clock;

  BedrockResponseMapper(Clock clock) {
    this.clock = clock;
  }

  Answer answer(Invocation invocation, UpstreamResponse response) {
    JsonNode root =
        OpenAiAnswers.object(
            response.body(), "Amazon Bedrock answered with a body that is not JSON.");
    if (invocation.task() == Task.EMBEDDINGS) {
      return BedrockEmbeddings.answer(invocation, response, root);
    }
    StringBuilder text = new StringBuilder();
    ArrayNode toolCalls = Json.MAPPER.createArrayNode();
    for (JsonNode block : root.path("output").path("message").path("content")) {
      if (block.has("text")) {
        text.append(block.path("text").asString(""));
      } else if (block.has("toolUse")) {
        toolCalls.add(toolCall(block.get("toolUse")));
      }
    }
    Usage usage = usage(root.path("usage"), invocation, text.toString());

    ObjectNode body =
        OpenAiAnswers.single(
            invocation,
            response.header(REQUEST_ID_HEADER).orElse(""),
            clock.instant().getEpochSecond(),
            text.toString(),
            toolCalls,
            finishReason(root.path("stopReason").asString(null)),
            OpenAiTexts.usageNode(invocation.task(), usage));
    return new Answer(body, usage);
  }

  private static ObjectNode toolCall(JsonNode use) {
    return ToolCalls.call(
        use.path("toolUseId").asString(""),
        use.path("name").asString(""),
        ToolCalls.argumentsOf(use.get("input")));
  }

  /** Converse's {@code stopReason} as an OpenAI {@code finish_reason} (providers.md §9.2). */
  static String finishReason(String stopReason) {
    if (stopReason == null) {
      return null;
    }
    return switch (stopReason) {
      case "max_tokens", "model_context_window_exceeded" -> "length";
      case "tool_use" -> "tool_calls";
      case "guardrail_intervened", "content_filtered" -> "content_filter";
      default -> "stop"; // end_turn, stop_sequence, malformed_* and newer values
    };
  }

  /** Prompt tokens include cached ones, which Converse counts apart (providers.md §9.1). */
  static Usage usage(JsonNode usage, Invocation invocation, String completion) {
    if (!usage.has("inputTokens") && !usage.has("outputTokens")) {
      return Usage.estimated(OpenAiTexts.promptText(invocation), completion);
    }
    long prompt =
        usage.path("inputTokens").asLong(0)
            + usage.path("cacheReadInputTokens").asLong(0)
            + usage.path("cacheWriteInputTokens").asLong(0);
    long output = usage.path("outputTokens").asLong(0);
    JsonNode total = usage.get("totalTokens");
    return new Usage(
        prompt,
        output,
        total != null && total.isNumber() ? total.asLong() : prompt + output,
        false);
  }
}
