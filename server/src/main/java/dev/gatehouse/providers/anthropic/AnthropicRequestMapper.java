package dev.gatehouse.providers.anthropic;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UnsupportedInvocationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat and completions requests to a Messages API body. Messages are translated by {@link
 * AnthropicMessages}; this class owns the top-level parameters. Parameters Anthropic has no
 * equivalent for (penalties, logprobs, seed, response_format) are dropped rather than refused, as
 * OpenAI clients send them by default; those that would change the answer's shape ({@code n > 1})
 * or silently change its meaning ({@code temperature} above 1) are refused.
 */
final class AnthropicRequestMapper {
  private final int defaultMaxTokens;

  AnthropicRequestMapper(int defaultMaxTokens) {
    this.defaultMaxTokens = defaultMaxTokens;
  }

  ObjectNode messagesBody(Invocation invocation, String model) {
    ObjectNode in = invocation.body();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("model", model);
    out.put("max_tokens", maxTokens(in));
    switch (invocation.task()) {
      case CHAT -> {
        AnthropicMessages.translate(in.path("messages"), out);
        tools(in, out);
      }
      case COMPLETIONS -> out.putArray("messages").add(userPrompt(in.get("prompt")));
      case EMBEDDINGS ->
          throw new UnsupportedInvocationException(
              "Anthropic has no embeddings API; serve embeddings from another provider.");
    }
    sampling(in, out);
    if (invocation.stream()) {
      out.put("stream", true);
    }
    return out;
  }

  private int maxTokens(ObjectNode in) {
    String field = present(in, "max_tokens") ? "max_tokens" : "max_completion_tokens";
    JsonNode value = in.get(field);
    if (value == null || value.isNull()) {
      return defaultMaxTokens;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
      throw new InvalidParameterException(
          field + " must be a positive integer, got " + value + ".");
    }
    return value.asInt();
  }

  private static void sampling(ObjectNode in, ObjectNode out) {
    if (present(in, "n") && in.get("n").asInt(1) != 1) {
      throw new UnsupportedInvocationException(
          "Anthropic returns one choice per request; n must be 1, got " + in.get("n") + ".");
    }
    if (present(in, "temperature")) {
      JsonNode t = in.get("temperature");
      if (!t.isNumber() || t.asDouble() < 0 || t.asDouble() > 1) {
        throw new InvalidParameterException(
            "temperature must be between 0 and 1 for Anthropic models, got " + t + ".");
      }
      out.set("temperature", t);
    }
    copy(in, out, "top_p");
    copy(in, out, "top_k");
    JsonNode stop = in.get("stop");
    if (stop != null && stop.isString()) {
      out.putArray("stop_sequences").add(stop.asString());
    } else if (stop != null && stop.isArray() && !stop.isEmpty()) {
      out.set("stop_sequences", stop);
    }
    if (present(in, "user")) {
      out.putObject("metadata").put("user_id", in.get("user").asString());
    }
  }

  private static void tools(ObjectNode in, ObjectNode out) {
    JsonNode tools = in.get("tools");
    if (tools == null || !tools.isArray() || tools.isEmpty()) {
      return;
    }
    ArrayNode anthropicTools = out.putArray("tools");
    for (JsonNode tool : tools) {
      if (!"function".equals(tool.path("type").asString("function"))) {
        throw new UnsupportedInvocationException(
            "Anthropic takes only function tools, not '" + tool.path("type").asString() + "'.");
      }
      JsonNode function = tool.path("function");
      ObjectNode t = anthropicTools.addObject();
      t.put("name", function.path("name").asString());
      if (present(function, "description")) {
        t.put("description", function.get("description").asString());
      }
      JsonNode schema = function.get("parameters");
      if (schema == null || schema.isNull()) {
        ObjectNode empty = t.putObject("input_schema");
        empty.put("type", "object");
        empty.putObject("properties");
      } else {
        t.set("input_schema", schema);
      }
    }
    ObjectNode choice = toolChoice(in.get("tool_choice"));
    if (in.path("parallel_tool_calls").isBoolean() && !in.get("parallel_tool_calls").asBoolean()) {
      if (choice == null) {
        choice = Json.MAPPER.createObjectNode().put("type", "auto");
      }
      if (!"none".equals(choice.path("type").asString())) {
        choice.put("disable_parallel_tool_use", true);
      }
    }
    if (choice != null) {
      out.set("tool_choice", choice);
    }
  }

  private static ObjectNode toolChoice(JsonNode choice) {
    if (choice == null || choice.isNull()) {
      return null;
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (choice.isString()) {
      switch (choice.asString()) {
        case "auto" -> out.put("type", "auto");
        case "none" -> out.put("type", "none");
        case "required" -> out.put("type", "any");
        default ->
            throw new InvalidParameterException(
                "tool_choice must be auto, none, required or a function, got '"
                    + choice.asString()
                    + "'.");
      }
      return out;
    }
    String name = choice.path("function").path("name").asString("");
    if (!"function".equals(choice.path("type").asString()) || name.isEmpty()) {
      throw new InvalidParameterException(
          "tool_choice must be auto, none, required or {\"type\":\"function\",\"function\":"
              + "{\"name\":...}}.");
    }
    return out.put("type", "tool").put("name", name);
  }

  private static ObjectNode userPrompt(JsonNode prompt) {
    String text;
    if (prompt != null && prompt.isString()) {
      text = prompt.asString();
    } else if (prompt != null
        && prompt.isArray()
        && prompt.size() == 1
        && prompt.get(0).isString()) {
      text = prompt.get(0).asString();
    } else {
      throw new UnsupportedInvocationException(
          "Anthropic takes one prompt per request: send prompt as a single string.");
    }
    ObjectNode message = Json.MAPPER.createObjectNode();
    return message.put("role", "user").put("content", text);
  }

  private static void copy(ObjectNode in, ObjectNode out, String field) {
    if (present(in, field)) {
      out.set(field, in.get(field));
    }
  }

  static boolean present(JsonNode in, String field) {
    return in.hasNonNull(field);
  }

  /** A tool call's arguments, a JSON string in OpenAI, as the object Anthropic wants. */
  static JsonNode arguments(String arguments, String where) {
    if (arguments == null || arguments.isBlank()) {
      return Json.MAPPER.createObjectNode();
    }
    try {
      JsonNode parsed = Json.MAPPER.readTree(arguments);
      if (parsed.isObject()) {
        return parsed;
      }
    } catch (JacksonException e) {
      // reported below, without echoing the arguments
    }
    throw new InvalidParameterException(where + ".function.arguments must be a JSON object.");
  }
}
