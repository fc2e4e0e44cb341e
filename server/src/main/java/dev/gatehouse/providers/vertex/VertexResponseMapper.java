package dev.gatehouse.providers.vertex;

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
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code GenerateContentResponse} to an OpenAI {@code chat.completion} (or emulated {@code
 * text_completion}), one choice per candidate, and a {@code predict} answer to a {@code list} of
 * embeddings. A prompt Vertex blocked (no candidates, a {@code promptFeedback.blockReason}) is an
 * empty answer finished by {@code content_filter}, as OpenAI reports filtered output.
 */
final class VertexResponseMapper {
  private final Clock clock;

  VertexResponseMapper(Clock clock) {
    this.clock = clock;
  }

  Answer answer(Invocation invocation, UpstreamResponse response) {
    JsonNode root =
        OpenAiAnswers.object(response.body(), "Vertex AI answered with a body that is not JSON.");
    return invocation.task() == Task.EMBEDDINGS
        ? embeddings(invocation, root)
        : generated(invocation, root);
  }

  private Answer generated(Invocation invocation, JsonNode root) {
    boolean chat = invocation.task() != Task.COMPLETIONS;
    String id = root.path("responseId").asString("");
    ObjectNode body = OpenAiAnswers.envelope(invocation, id, clock.instant().getEpochSecond());
    ArrayNode choices = body.putArray("choices");
    ToolCallIds ids = new ToolCallIds(id);
    JsonNode candidates = root.path("candidates");
    if (candidates.isEmpty()) {
      if (!root.path("promptFeedback").hasNonNull("blockReason")) {
        throw new IllegalStateException("Vertex AI answered with no candidates.");
      }
      addChoice(choices, 0, chat, "", Json.MAPPER.createArrayNode(), "content_filter");
    }
    StringBuilder allText = new StringBuilder();
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode candidate = candidates.get(i);
      String text = text(candidate);
      allText.append(text);
      ArrayNode toolCalls = toolCalls(candidate, ids);
      String finish =
          finishReason(candidate.path("finishReason").asString(""), !toolCalls.isEmpty());
      addChoice(choices, candidate.path("index").asInt(i), chat, text, toolCalls, finish);
    }
    Usage usage = usage(root.path("usageMetadata"), invocation, allText.toString());
    body.set("usage", OpenAiTexts.usageNode(invocation.task(), usage));
    return new Answer(body, usage);
  }

  private static void addChoice(
      ArrayNode choices, int index, boolean chat, String text, ArrayNode toolCalls, String finish) {
    ObjectNode choice = choices.addObject().put("index", index);
    if (chat) {
      ObjectNode message = choice.putObject("message").put("role", "assistant");
      if (toolCalls.isEmpty() || !text.isEmpty()) {
        message.put("content", text);
      } else {
        message.putNull("content");
      }
      if (!toolCalls.isEmpty()) {
        message.set("tool_calls", toolCalls);
      }
    } else {
      choice.put("text", text);
    }
    choice.put("finish_reason", finish);
  }

  /** The text parts joined; {@code thought} parts are the model's reasoning, not its answer. */
  static String text(JsonNode candidate) {
    StringBuilder text = new StringBuilder();
    for (JsonNode part : candidate.path("content").path("parts")) {
      if (part.hasNonNull("text") && !part.path("thought").asBoolean(false)) {
        text.append(part.get("text").asString());
      }
    }
    return text.toString();
  }

  /** OpenAI tool calls for the {@code functionCall} parts, arguments as a JSON string. */
  static ArrayNode toolCalls(JsonNode candidate, ToolCallIds ids) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode part : candidate.path("content").path("parts")) {
      JsonNode call = part.get("functionCall");
      if (call == null || !call.isObject()) {
        continue;
      }
      JsonNode args = call.get("args");
      out.add(
          ToolCalls.call(
              ids.idFor(call),
              call.path("name").asString(""),
              args == null || args.isNull() ? "{}" : args.toString()));
    }
    return out;
  }

  /**
   * Gemini's finish reason as an OpenAI one (providers.md §9.2). There is no tool finish reason: a
   * candidate that calls functions finished with {@code tool_calls}.
   */
  static String finishReason(String reason, boolean calledTools) {
    return switch (reason) {
      case "MAX_TOKENS" -> "length";
      case "SAFETY",
          "BLOCKLIST",
          "PROHIBITED_CONTENT",
          "SPII",
          "IMAGE_SAFETY",
          "LANGUAGE",
          "RECITATION" ->
          "content_filter";
      default -> calledTools ? "tool_calls" : "stop";
    };
  }

  /** providers.md §9.1: completion counts the thoughts too, as Google bills them. */
  static Usage usage(JsonNode metadata, Invocation invocation, String completion) {
    if (!metadata.path("promptTokenCount").isNumber()
        && !metadata.path("candidatesTokenCount").isNumber()) {
      return Usage.estimated(OpenAiTexts.promptText(invocation), completion);
    }
    long prompt = metadata.path("promptTokenCount").asLong(0);
    long generated =
        metadata.path("candidatesTokenCount").asLong(0)
            + metadata.path("thoughtsTokenCount").asLong(0);
    long total = metadata.path("totalTokenCount").asLong(prompt + generated);
    return new Usage(prompt, generated, total, false);
  }

  private static Answer embeddings(Invocation invocation, JsonNode root) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("object", "list");
    ArrayNode data = body.putArray("data");
    long tokens = 0;
    boolean counted = false;
    int index = 0;
    for (JsonNode prediction : root.path("predictions")) {
      JsonNode embeddings = prediction.path("embeddings");
      ObjectNode item = data.addObject().put("object", "embedding").put("index", index++);
      item.set("embedding", embeddings.path("values").deepCopy());
      JsonNode count = embeddings.path("statistics").get("token_count");
      if (count != null && count.isNumber()) {
        tokens += count.asLong();
        counted = true;
      }
    }
    if (data.isEmpty()) {
      throw new IllegalStateException("Vertex AI answered with no predictions.");
    }
    body.put("model", invocation.servedModelName());
    Usage usage;
    if (counted) {
      usage = Usage.of(tokens, 0);
    } else {
      long prompt = Usage.estimateTokens(OpenAiTexts.promptText(invocation));
      usage = new Usage(prompt, 0, prompt, true);
    }
    body.set("usage", OpenAiTexts.usageNode(Task.EMBEDDINGS, usage));
    return new Answer(body, usage);
  }

  /**
   * Ids for tool calls. Newer models send {@code functionCall.id}; for the others one is made from
   * the response id (random when there is none), so it is unique across the conversation.
   */
  static final class ToolCallIds {
    private final String prefix;
    private int next;

    ToolCallIds(String responseId) {
      this.prefix =
          "call_" + (responseId.isEmpty() ? UUID.randomUUID().toString() : responseId) + "_";
    }

    String idFor(JsonNode functionCall) {
      String id = functionCall.path("id").asString("");
      return id.isEmpty() ? prefix + next++ : id;
    }
  }
}
