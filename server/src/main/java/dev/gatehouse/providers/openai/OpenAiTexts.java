package dev.gatehouse.providers.openai;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.Usage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading OpenAI-shaped bodies: the text a usage estimate counts, finish reasons, usage. */
public final class OpenAiTexts {
  private OpenAiTexts() {}

  /** The text of the request a prompt-token estimate counts: messages, prompt or input. */
  public static String promptText(Invocation invocation) {
    ObjectNode body = invocation.body();
    StringBuilder text = new StringBuilder();
    for (JsonNode message : body.path("messages")) {
      appendContent(text, message.get("content"));
    }
    appendContent(text, body.get("prompt"));
    appendContent(text, body.get("input"));
    return text.toString();
  }

  /**
   * What Anthropic and Cohere estimates count when the provider reports no usage: the caller's
   * request as sent, its {@code prompt} (text, or JSON when not a string), else its {@code
   * messages} as JSON. Unlike {@link #promptText}, markup and roles are counted too.
   */
  public static String requestText(Invocation invocation) {
    JsonNode prompt = invocation.body().get("prompt");
    if (prompt != null) {
      return prompt.isString() ? prompt.asString() : prompt.toString();
    }
    return invocation.body().path("messages").toString();
  }

  /** The generated text of an answer or chunk: message content, delta content or text. */
  public static String completionText(JsonNode body) {
    StringBuilder text = new StringBuilder();
    for (JsonNode choice : body.path("choices")) {
      appendContent(text, choice.path("message").get("content"));
      appendContent(text, choice.path("delta").get("content"));
      appendContent(text, choice.get("text"));
    }
    return text.toString();
  }

  private static void appendContent(StringBuilder text, JsonNode content) {
    if (content == null || content.isNull()) {
      return;
    }
    if (content.isString()) {
      text.append(content.asString());
    } else if (content.isArray()) {
      for (JsonNode part : content) {
        if (part.isString()) {
          text.append(part.asString());
        } else if (part.hasNonNull("text")) {
          text.append(part.get("text").asString());
        }
      }
    }
  }

  /** OpenAI's finish reasons for what OpenAI-compatible servers send (TGI's eos_token, ...). */
  public static void normalizeFinishReasons(JsonNode body) {
    for (JsonNode choice : body.path("choices")) {
      JsonNode reason = choice.get("finish_reason");
      if (reason != null && reason.isString() && choice instanceof ObjectNode object) {
        object.put("finish_reason", finishReason(reason.asString()));
      }
    }
  }

  static String finishReason(String reason) {
    return switch (reason) {
      case "eos_token", "stop_sequence", "end_turn" -> "stop";
      case "max_tokens" -> "length";
      default -> reason;
    };
  }

  /** The OpenAI {@code usage} object; embeddings have no completion tokens. */
  public static ObjectNode usageNode(Task task, Usage usage) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("prompt_tokens", usage.promptTokens());
    if (task != Task.EMBEDDINGS) {
      node.put("completion_tokens", usage.completionTokens());
    }
    node.put("total_tokens", usage.totalTokens());
    if (usage.estimated()) {
      node.put("estimated", true);
    }
    return node;
  }
}
