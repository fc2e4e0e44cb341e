package dev.gatehouse.providers.cohere;

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
 * A Cohere v2 chat answer to an OpenAI {@code chat.completion} (or emulated {@code
 * text_completion}), and a v2 embed answer to an OpenAI {@code list} of embeddings. Text blocks are
 * joined into one string; {@code tool_plan} and citations have no OpenAI counterpart.
 */
final class CohereResponseMapper {
  private final Clock clock;

  CohereResponseMapper(Clock clock) {
    this.clock = clock;
  }

  Answer answer(Invocation invocation, UpstreamResponse response) {
    JsonNode root =
        OpenAiAnswers.object(response.body(), "Cohere answered with a body that is not JSON.");
    return invocation.task() == Task.EMBEDDINGS
        ? embeddings(invocation, root)
        : chat(invocation, root);
  }

  private Answer chat(Invocation invocation, JsonNode root) {
    String finish = finishReason(root.path("finish_reason").asString(null));
    JsonNode message = root.path("message");
    StringBuilder text = new StringBuilder();
    JsonNode content = message.path("content");
    if (content.isString()) {
      text.append(content.asString());
    }
    for (JsonNode block : content) {
      if ("text".equals(block.path("type").asString(""))) {
        text.append(block.path("text").asString(""));
      }
    }
    Usage usage = usage(root.path("usage"), invocation, text.toString());

    ObjectNode body =
        OpenAiAnswers.single(
            invocation,
            root.path("id").asString(""),
            clock.instant().getEpochSecond(),
            text.toString(),
            toolCalls(message.path("tool_calls")),
            finish,
            OpenAiAnswers.counts(usage));
    return new Answer(body, usage);
  }

  private static ArrayNode toolCalls(JsonNode calls) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode call : calls) {
      JsonNode arguments = call.path("function").get("arguments");
      out.add(
          ToolCalls.call(
              call.path("id").asString(""),
              call.path("function").path("name").asString(""),
              arguments == null || arguments.isNull()
                  ? "{}"
                  : arguments.isString() ? arguments.asString() : arguments.toString()));
    }
    return out;
  }

  private Answer embeddings(Invocation invocation, JsonNode root) {
    JsonNode vectors = root.path("embeddings");
    if (vectors.isObject()) {
      vectors = vectors.path("float");
    }
    ObjectNode body = Json.MAPPER.createObjectNode().put("object", "list");
    ArrayNode data = body.putArray("data");
    int index = 0;
    for (JsonNode vector : vectors) {
      ObjectNode item = data.addObject().put("object", "embedding").put("index", index++);
      item.set("embedding", vector.deepCopy());
    }
    body.put("model", invocation.servedModelName());
    JsonNode billed = root.path("meta").path("billed_units").get("input_tokens");
    Usage usage;
    if (billed != null && billed.isNumber()) {
      usage = Usage.of(billed.asLong(), 0);
    } else {
      long prompt = Usage.estimateTokens(invocation.body().path("input").toString());
      usage = new Usage(prompt, 0, prompt, true);
    }
    ObjectNode usageNode = body.putObject("usage");
    usageNode.put("prompt_tokens", usage.promptTokens());
    usageNode.put("total_tokens", usage.totalTokens());
    return new Answer(body, usage);
  }

  /**
   * Cohere's {@code finish_reason} as an OpenAI one (providers.md §9.2); {@code ERROR} and {@code
   * TIMEOUT} are the provider failing, never a finish, so they throw.
   */
  static String finishReason(String reason) {
    if (reason == null) {
      return null;
    }
    return switch (reason) {
      case "MAX_TOKENS" -> "length";
      case "TOOL_CALL" -> "tool_calls";
      case "ERROR", "TIMEOUT" ->
          throw new IllegalStateException("Cohere ended the answer with " + reason + ".");
      default -> "stop"; // COMPLETE, STOP_SEQUENCE
    };
  }

  /** {@code usage.tokens} counts what the model saw; {@code billed_units} is the fallback. */
  static Usage usage(JsonNode usage, Invocation invocation, String completion) {
    for (String source : new String[] {"tokens", "billed_units"}) {
      JsonNode counts = usage.path(source);
      if (counts.path("input_tokens").isNumber() || counts.path("output_tokens").isNumber()) {
        return Usage.of(
            counts.path("input_tokens").asLong(0), counts.path("output_tokens").asLong(0));
      }
    }
    return Usage.estimated(OpenAiTexts.requestText(invocation), completion);
  }
}
