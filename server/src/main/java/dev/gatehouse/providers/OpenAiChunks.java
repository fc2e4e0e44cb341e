package dev.gatehouse.providers;

import dev.gatehouse.platform.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI stream chunks that translators of non-OpenAI providers emit: one choice (index 0),
 * under the stream's id, creation time and served model name.
 */
public final class OpenAiChunks {
  private OpenAiChunks() {}

  /** A {@code chat.completion.chunk} carrying {@code delta}; the finish reason may be null. */
  public static ObjectNode chat(
      String id, long created, String model, ObjectNode delta, String finishReason) {
    ObjectNode chunk = envelope(id, created, model, "chat.completion.chunk");
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
    choice.set("delta", delta);
    choice.put("finish_reason", finishReason);
    return chunk;
  }

  /** A streamed {@code text_completion} carrying a text fragment. */
  public static ObjectNode completion(
      String id, long created, String model, String fragment, String finishReason) {
    ObjectNode chunk = envelope(id, created, model, "text_completion");
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
    choice.put("text", fragment);
    choice.put("finish_reason", finishReason);
    return chunk;
  }

  private static ObjectNode envelope(String id, long created, String model, String object) {
    ObjectNode chunk = Json.MAPPER.createObjectNode().put("id", id).put("object", object);
    return chunk.put("created", created).put("model", model);
  }
}
