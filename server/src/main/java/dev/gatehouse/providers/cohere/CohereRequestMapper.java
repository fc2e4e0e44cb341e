package dev.gatehouse.providers.cohere;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.EmbeddingInputs;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UnsupportedInvocationException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat, completions and embeddings requests to Cohere v2 bodies. Messages keep their OpenAI
 * shape, which v2 shares (system stays a message, {@code developer} becomes {@code system}, tool
 * calls and {@code tool_call_id} pass as they are). Parameters Cohere has no counterpart for
 * (logprobs, logit_bias, user, ...) are dropped; {@code n > 1} is refused.
 */
final class CohereRequestMapper {
  private static final List<String> PASSED =
      List.of("seed", "frequency_penalty", "presence_penalty");

  private CohereRequestMapper() {}

  static ObjectNode chatBody(Invocation invocation, String model) {
    ObjectNode in = invocation.body();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("model", model);
    out.set(
        "messages",
        invocation.task() == Task.COMPLETIONS ? promptMessages(in) : messages(in.get("messages")));
    refuseSeveralChoices(in);
    JsonNode maxTokens =
        in.has("max_completion_tokens") ? in.get("max_completion_tokens") : in.get("max_tokens");
    String maxName = in.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    if (maxTokens != null && !maxTokens.isNull()) {
      if (!maxTokens.isIntegralNumber() || maxTokens.asLong() < 1) {
        throw new InvalidParameterException(
            maxName + " must be a positive integer, got " + maxTokens + ".");
      }
      out.put("max_tokens", maxTokens.asLong());
    }
    copyNumber(in, "temperature", out, "temperature");
    copyNumber(in, "top_p", out, "p");
    copyNumber(in, "top_k", out, "k");
    for (String field : PASSED) {
      copyNumber(in, field, out, field);
    }
    JsonNode stop = in.get("stop");
    if (stop != null && stop.isString()) {
      out.putArray("stop_sequences").add(stop.asString());
    } else if (stop != null && stop.isArray() && !stop.isEmpty()) {
      out.set("stop_sequences", stop.deepCopy());
    }
    JsonNode tools = in.get("tools");
    if (tools != null && tools.isArray() && !tools.isEmpty()) {
      out.set("tools", tools.deepCopy());
      toolChoice(in.get("tool_choice"), out);
    }
    responseFormat(in.get("response_format"), out);
    if (invocation.stream()) {
      out.put("stream", true);
    }
    return out;
  }

  private static void refuseSeveralChoices(ObjectNode in) {
    JsonNode n = in.get("n");
    if (n != null && n.isNumber() && n.asInt() != 1) {
      throw new UnsupportedInvocationException(
          "Cohere returns one choice per request; n must be 1, got " + n + ".");
    }
  }

  private static ArrayNode messages(JsonNode messages) {
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      throw new InvalidParameterException("messages must be a non-empty list.");
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      String role = message.path("role").asString("");
      ObjectNode copy = out.addObject();
      switch (role) {
        case "system", "developer" -> copy.put("role", "system");
        case "user", "assistant", "tool" -> copy.put("role", role);
        default ->
            throw new InvalidParameterException(
                "messages["
                    + i
                    + "].role '"
                    + role
                    + "' is not supported; use system, user, assistant or tool.");
      }
      JsonNode content = message.get("content");
      if (content != null && !content.isNull()) {
        copy.set("content", content.deepCopy());
      }
      if (message.hasNonNull("tool_calls")) {
        copy.set("tool_calls", message.get("tool_calls").deepCopy());
      }
      if (message.hasNonNull("tool_call_id")) {
        copy.put("tool_call_id", message.get("tool_call_id").asString());
      }
    }
    return out;
  }

  private static ArrayNode promptMessages(ObjectNode in) {
    JsonNode prompt = in.get("prompt");
    if (prompt != null && prompt.isArray() && prompt.size() == 1) {
      prompt = prompt.get(0);
    }
    if (prompt == null || !prompt.isString()) {
      throw new UnsupportedInvocationException(
          "Cohere takes one prompt per request: send prompt as a single string.");
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    out.addObject().put("role", "user").put("content", prompt.asString());
    return out;
  }

  /** {@code auto} is Cohere's default; {@code required} and {@code none} have counterparts. */
  private static void toolChoice(JsonNode choice, ObjectNode out) {
    if (choice == null || choice.isNull()) {
      return;
    }
    String value = choice.isString() ? choice.asString() : "";
    switch (value) {
      case "auto" -> {}
      case "required" -> out.put("tool_choice", "REQUIRED");
      case "none" -> out.put("tool_choice", "NONE");
      default ->
          throw new UnsupportedInvocationException(
              "Cohere cannot be made to call one named tool; tool_choice must be auto, required"
                  + " or none.");
    }
  }

  /** {@code json_object} passes; a {@code json_schema} becomes Cohere's {@code json_schema}. */
  private static void responseFormat(JsonNode format, ObjectNode out) {
    if (format == null || !format.isObject()) {
      return;
    }
    switch (format.path("type").asString("")) {
      case "json_object" -> out.putObject("response_format").put("type", "json_object");
      case "json_schema" -> {
        ObjectNode target = out.putObject("response_format").put("type", "json_object");
        JsonNode schema = format.path("json_schema").get("schema");
        if (schema != null) {
          target.set("json_schema", schema.deepCopy());
        }
      }
      default -> {} // text
    }
  }

  private static void copyNumber(ObjectNode in, String from, ObjectNode out, String to) {
    JsonNode value = in.get(from);
    if (value != null && value.isNumber()) {
      out.set(to, value.deepCopy());
    }
  }

  static ObjectNode embedBody(Invocation invocation, String model) {
    JsonNode input = invocation.body().get("input");
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("model", model);
    ArrayNode texts = out.putArray("texts");
    EmbeddingInputs.texts(input, "Cohere").forEach(texts::add);
    out.put("input_type", "search_document");
    out.putArray("embedding_types").add("float");
    JsonNode dimensions = invocation.body().get("dimensions");
    if (dimensions != null && dimensions.isIntegralNumber()) {
      out.put("output_dimension", dimensions.asInt());
    }
    return out;
  }
}
