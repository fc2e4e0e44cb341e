package dev.gatehouse.providers.anthropic;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat messages to Anthropic's {@code system} and {@code messages}. Anthropic has no system
 * role and wants user and assistant turns to alternate, so system and developer messages are lifted
 * out (joined by a blank line), {@code tool} messages become {@code tool_result} blocks of a user
 * turn, and consecutive turns of one role are merged: parallel tool results land in one user turn,
 * as Anthropic requires.
 */
final class AnthropicMessages {
  private record Turn(String role, List<ObjectNode> blocks, boolean plain) {}

  private AnthropicMessages() {}

  static void translate(JsonNode messages, ObjectNode out) {
    if (!messages.isArray() || messages.isEmpty()) {
      throw new InvalidParameterException("messages must be a non-empty list.");
    }
    List<String> system = new ArrayList<>();
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonNode m = messages.get(i);
      String where = "messages[" + i + "]";
      String role = m.path("role").asString("");
      switch (role) {
        case "system", "developer" -> system.add(text(m.get("content")));
        case "user" -> add(turns, new Turn("user", userBlocks(m.get("content"), where), true));
        case "assistant" -> add(turns, new Turn("assistant", assistantBlocks(m, where), true));
        case "tool" -> add(turns, new Turn("user", List.of(toolResult(m)), false));
        default ->
            throw new InvalidParameterException(
                where
                    + ".role '"
                    + role
                    + "' is not supported; use system, user, assistant or tool.");
      }
    }
    if (!system.isEmpty()) {
      out.put("system", String.join("\n\n", system));
    }
    ArrayNode anthropic = out.putArray("messages");
    for (Turn turn : turns) {
      ObjectNode message = anthropic.addObject().put("role", turn.role());
      if (turn.plain() && turn.blocks().size() == 1 && isText(turn.blocks().get(0))) {
        message.put("content", turn.blocks().get(0).get("text").asString());
      } else {
        message.putArray("content").addAll(turn.blocks());
      }
    }
  }

  private static void add(List<Turn> turns, Turn turn) {
    if (turn.blocks().isEmpty()) {
      return;
    }
    Turn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
    if (last != null && last.role().equals(turn.role())) {
      List<ObjectNode> merged = new ArrayList<>(last.blocks());
      merged.addAll(turn.blocks());
      turns.set(turns.size() - 1, new Turn(turn.role(), merged, false));
    } else {
      turns.add(turn);
    }
  }

  private static List<ObjectNode> userBlocks(JsonNode content, String where) {
    List<ObjectNode> blocks = new ArrayList<>();
    if (content == null || content.isNull() || content.isString()) {
      blocks.add(textBlock(content == null || content.isNull() ? "" : content.asString()));
      return blocks;
    }
    for (int j = 0; j < content.size(); j++) {
      JsonNode part = content.get(j);
      String type = part.path("type").asString("");
      switch (type) {
        case "text" -> blocks.add(textBlock(part.path("text").asString()));
        case "image_url" -> blocks.add(image(part.path("image_url").path("url").asString("")));
        default ->
            throw new InvalidParameterException(
                where + ".content[" + j + "].type '" + type + "' is not supported by Anthropic.");
      }
    }
    return blocks;
  }

  private static ObjectNode image(String url) {
    ObjectNode block = Json.MAPPER.createObjectNode().put("type", "image");
    ObjectNode source = block.putObject("source");
    int comma = url.indexOf(',');
    if (url.startsWith("data:") && comma > 0 && url.substring(0, comma).endsWith(";base64")) {
      String mediaType = url.substring("data:".length(), comma - ";base64".length());
      source
          .put("type", "base64")
          .put("media_type", mediaType)
          .put("data", url.substring(comma + 1));
    } else {
      source.put("type", "url").put("url", url);
    }
    return block;
  }

  private static List<ObjectNode> assistantBlocks(JsonNode m, String where) {
    List<ObjectNode> blocks = new ArrayList<>();
    String text = text(m.get("content"));
    if (!text.isEmpty()) {
      blocks.add(textBlock(text));
    }
    JsonNode calls = m.path("tool_calls");
    for (int j = 0; j < calls.size(); j++) {
      JsonNode call = calls.get(j);
      ObjectNode use = Json.MAPPER.createObjectNode().put("type", "tool_use");
      use.put("id", call.path("id").asString());
      use.put("name", call.path("function").path("name").asString());
      String args = call.path("function").path("arguments").asString("");
      use.set("input", AnthropicRequestMapper.arguments(args, where + ".tool_calls[" + j + "]"));
      blocks.add(use);
    }
    return blocks;
  }

  private static ObjectNode toolResult(JsonNode m) {
    ObjectNode result = Json.MAPPER.createObjectNode().put("type", "tool_result");
    result.put("tool_use_id", m.path("tool_call_id").asString());
    return result.put("content", text(m.get("content")));
  }

  /** The text of a content that is a string or a list of text parts. */
  private static String text(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isString()) {
      return content.asString();
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode part : content) {
      if (part.isString()) {
        parts.add(part.asString());
      } else if ("text".equals(part.path("type").asString())) {
        parts.add(part.path("text").asString());
      }
    }
    return String.join("\n", parts);
  }

  private static ObjectNode textBlock(String text) {
    return Json.MAPPER.createObjectNode().put("type", "text").put("text", text);
  }

  private static boolean isText(ObjectNode block) {
    return "text".equals(block.path("type").asString());
  }
}
