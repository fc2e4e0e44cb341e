package dev.gatehouse.providers.vertex;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UnsupportedInvocationException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI messages to Gemini {@code contents} and {@code systemInstruction}. System and developer
 * messages go to the instruction; {@code assistant} is {@code model}; assistant tool calls become
 * {@code functionCall} parts with their arguments as an object; a {@code tool} message becomes a
 * user turn's {@code functionResponse}, named after the call it answers because Gemini matches
 * responses by name, not id. Consecutive turns of one role are merged, so parallel tool results
 * answer their calls in one turn as Gemini requires.
 */
final class VertexContents {
  private final ArrayNode contents = Json.MAPPER.createArrayNode();
  private final ArrayNode systemParts = Json.MAPPER.createArrayNode();
  private final Map<String, String> toolNameById = new HashMap<>();

  static void translate(JsonNode messages, ObjectNode out) {
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      throw new InvalidParameterException("messages must be a non-empty list.");
    }
    VertexContents translation = new VertexContents();
    for (int i = 0; i < messages.size(); i++) {
      translation.add(i, messages.get(i));
    }
    if (translation.contents.isEmpty()) {
      throw new InvalidParameterException(
          "messages must hold at least one user or assistant message.");
    }
    out.set("contents", translation.contents);
    if (!translation.systemParts.isEmpty()) {
      out.putObject("systemInstruction").set("parts", translation.systemParts);
    }
  }

  /** The prompt of an emulated completion, as the one user turn. */
  static void prompt(String prompt, ObjectNode out) {
    ObjectNode turn = out.putArray("contents").addObject().put("role", "user");
    turn.putArray("parts").addObject().put("text", prompt);
  }

  private void add(int i, JsonNode message) {
    String role = message.path("role").asString("");
    switch (role) {
      case "system", "developer" -> textParts(i, message.get("content"), systemParts);
      case "user" -> textParts(i, message.get("content"), turn("user"));
      case "assistant" -> assistant(i, message);
      case "tool" -> toolResult(i, message);
      default ->
          throw new InvalidParameterException(
              "messages["
                  + i
                  + "].role '"
                  + role
                  + "' is not supported; use system, developer, user, assistant or tool.");
    }
  }

  private void assistant(int i, JsonNode message) {
    JsonNode content = message.get("content");
    boolean silent = content == null || content.isNull() || content.asString("x").isEmpty();
    if (silent && message.path("tool_calls").isEmpty()) {
      return; // Vertex refuses a turn without parts
    }
    ArrayNode parts = turn("model");
    if (!silent) {
      textParts(i, content, parts);
    }
    for (JsonNode call : message.path("tool_calls")) {
      String name = call.path("function").path("name").asString("");
      toolNameById.put(call.path("id").asString(""), name);
      ObjectNode functionCall = parts.addObject().putObject("functionCall").put("name", name);
      functionCall.set("args", arguments(i, call.path("function").get("arguments")));
    }
  }

  private static JsonNode arguments(int i, JsonNode arguments) {
    if (arguments == null || arguments.isNull()) {
      return Json.MAPPER.createObjectNode();
    }
    if (arguments.isObject()) {
      return arguments.deepCopy();
    }
    try {
      JsonNode parsed = Json.MAPPER.readTree(arguments.asString(""));
      if (parsed != null && parsed.isObject()) {
        return parsed;
      }
    } catch (JacksonException e) {
      // said below
    }
    throw new InvalidParameterException(
        "messages[" + i + "].tool_calls[].function.arguments must be a JSON object.");
  }

  private void toolResult(int i, JsonNode message) {
    String id = message.path("tool_call_id").asString("");
    String name = toolNameById.getOrDefault(id, message.path("name").asString(""));
    if (name.isEmpty()) {
      throw new InvalidParameterException(
          "messages["
              + i
              + "] answers tool call '"
              + id
              + "', which no earlier assistant message made; Vertex AI needs the function's"
              + " name.");
    }
    ObjectNode response = turn("user").addObject().putObject("functionResponse").put("name", name);
    response.set("response", resultObject(message.get("content")));
  }

  /** Gemini wants an object: a JSON object result passes, anything else goes under "output". */
  private static JsonNode resultObject(JsonNode content) {
    String text = contentText(content);
    try {
      JsonNode parsed = Json.MAPPER.readTree(text);
      if (parsed != null && parsed.isObject()) {
        return parsed;
      }
    } catch (JacksonException e) {
      // plain text
    }
    return Json.MAPPER.createObjectNode().put("output", text);
  }

  private static String contentText(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isString()) {
      return content.asString();
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode part : content) {
      text.append(part.isString() ? part.asString() : part.path("text").asString(""));
    }
    return text.toString();
  }

  private static void textParts(int i, JsonNode content, ArrayNode parts) {
    if (content == null || content.isNull()) {
      return;
    }
    if (content.isString()) {
      parts.addObject().put("text", content.asString());
      return;
    }
    if (!content.isArray()) {
      throw new InvalidParameterException(
          "messages[" + i + "].content must be a string or a list of parts.");
    }
    for (JsonNode part : content) {
      if (part.isString()) {
        parts.addObject().put("text", part.asString());
      } else if ("text".equals(part.path("type").asString(""))) {
        parts.addObject().put("text", part.path("text").asString(""));
      } else {
        throw new UnsupportedInvocationException(
            "messages["
                + i
                + "].content: Gatehouse sends only text parts to Vertex AI, not '"
                + part.path("type").asString("")
                + "'.");
      }
    }
  }

  /** The parts of the current turn of {@code role}, continuing the last turn if it is one. */
  private ArrayNode turn(String role) {
    if (!contents.isEmpty()) {
      JsonNode last = contents.get(contents.size() - 1);
      if (role.equals(last.path("role").asString(""))) {
        return (ArrayNode) last.get("parts");
      }
    }
    ObjectNode turn = contents.addObject().put("role", role);
    return turn.putArray("parts");
  }
}
