package dev.gatehouse.providers.bedrock;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UnsupportedInvocationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI messages to Converse's {@code system} and {@code messages}. Converse knows only {@code
 * user} and {@code assistant} turns and refuses two turns of one role in a row, so system and
 * developer text moves to {@code system[]}, a {@code tool} message becomes a user turn carrying a
 * {@code toolResult}, and consecutive turns of one role are merged. Empty text blocks are left out:
 * Converse refuses blank text.
 */
final class BedrockMessages {
  private BedrockMessages() {}

  static void translate(JsonNode messages, ObjectNode out) {
    if (!messages.isArray() || messages.isEmpty()) {
      throw new InvalidParameterException("messages must be a non-empty list.");
    }
    ArrayNode system = Json.MAPPER.createArrayNode();
    ArrayNode turns = Json.MAPPER.createArrayNode();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode message = messages.get(i);
      String where = "messages[" + i + "]";
      String role = message.path("role").asString("");
      switch (role) {
        case "system", "developer" -> textBlocks(message.get("content"), where, system);
        case "user" -> append(turns, "user", textBlocks(message.get("content"), where, null));
        case "assistant" -> append(turns, "assistant", assistant(message, where));
        case "tool" -> append(turns, "user", toolResult(message, where));
        default ->
            throw new InvalidParameterException(
                where
                    + ".role '"
                    + role
                    + "' is not supported; use system, user, assistant or tool.");
      }
    }
    if (!system.isEmpty()) {
      out.set("system", system);
    }
    out.set("messages", turns);
  }

  private static void append(ArrayNode turns, String role, ArrayNode content) {
    if (content.isEmpty()) {
      return;
    }
    JsonNode last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
    if (last != null && role.equals(last.path("role").asString())) {
      ((ArrayNode) last.get("content")).addAll(content);
      return;
    }
    turns.addObject().put("role", role).set("content", content);
  }

  /** Text content (a string or text parts) as {@code [{text}]} blocks, into {@code into}. */
  private static ArrayNode textBlocks(JsonNode content, String where, ArrayNode into) {
    ArrayNode blocks = into != null ? into : Json.MAPPER.createArrayNode();
    if (content == null || content.isNull()) {
      return blocks;
    }
    if (content.isString()) {
      addText(blocks, content.asString());
      return blocks;
    }
    if (!content.isArray()) {
      throw new InvalidParameterException(where + ".content must be a string or a list of parts.");
    }
    for (JsonNode part : content) {
      String type = part.path("type").asString("text");
      if (!"text".equals(type)) {
        throw new UnsupportedInvocationException(
            where + " has a '" + type + "' part; Gatehouse sends only text to Amazon Bedrock.");
      }
      addText(blocks, part.path("text").asString(""));
    }
    return blocks;
  }

  private static void addText(ArrayNode blocks, String text) {
    if (!text.isBlank()) {
      blocks.addObject().put("text", text);
    }
  }

  private static ArrayNode assistant(JsonNode message, String where) {
    ArrayNode blocks = textBlocks(message.get("content"), where, null);
    JsonNode calls = message.path("tool_calls");
    for (int i = 0; i < calls.size(); i++) {
      JsonNode call = calls.get(i);
      ObjectNode use = blocks.addObject().putObject("toolUse");
      use.put("toolUseId", call.path("id").asString(""));
      use.put("name", call.path("function").path("name").asString(""));
      use.set(
          "input",
          arguments(
              call.path("function").path("arguments").asString(""),
              where + ".tool_calls[" + i + "]"));
    }
    return blocks;
  }

  private static ArrayNode toolResult(JsonNode message, String where) {
    String id = message.path("tool_call_id").asString("");
    if (id.isEmpty()) {
      throw new InvalidParameterException(where + ".tool_call_id is required for a tool message.");
    }
    ArrayNode blocks = Json.MAPPER.createArrayNode();
    ObjectNode result = blocks.addObject().putObject("toolResult");
    result.put("toolUseId", id);
    ArrayNode content = textBlocks(message.get("content"), where, null);
    if (content.isEmpty()) {
      content.addObject().put("text", "(empty)");
    }
    result.set("content", content);
    result.put("status", "success");
    return blocks;
  }

  /** A tool call's arguments, a JSON string in OpenAI, as the object Converse wants. */
  private static JsonNode arguments(String arguments, String where) {
    if (arguments.isBlank()) {
      return Json.MAPPER.createObjectNode();
    }
    try {
      JsonNode parsed = Json.MAPPER.readTree(arguments);
      if (parsed != null && parsed.isObject()) {
        return parsed;
      }
    } catch (JacksonException e) {
      // reported below, without echoing the arguments
    }
    throw new InvalidParameterException(where + ".function.arguments must be a JSON object.");
  }
}
