package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link OpenAiChunks} of one translated stream, for translators that emit one choice: the
 * chunk kind (chat or emulated text completion), creation time and served model are fixed per
 * stream; the id is set once the provider sends one. Each translator used to re-wrap the same
 * chunks; what is left in a translator is how its provider's events map onto these.
 */
public final class StreamChunks {
  private final long created;
  private final String model;
  private final boolean chat;
  private String id;

  public StreamChunks(Invocation invocation, long created, String id) {
    this.created = created;
    this.model = invocation.servedModelName();
    this.chat = invocation.task() != Task.COMPLETIONS;
    this.id = id;
  }

  /** Whether the stream is a chat (not an emulated completion): only chats carry tool calls. */
  public boolean chat() {
    return chat;
  }

  /** The stream's id, for providers that name it in their first event. */
  public void id(String id) {
    this.id = id;
  }

  /** A chat chunk carrying {@code delta}; the finish reason may be null. */
  public ObjectNode chat(ObjectNode delta, String finishReason) {
    return OpenAiChunks.chat(id, created, model, delta, finishReason);
  }

  /** A text-completion chunk carrying {@code fragment}; the finish reason may be null. */
  public ObjectNode completion(String fragment, String finishReason) {
    return OpenAiChunks.completion(id, created, model, fragment, finishReason);
  }

  /** The opening chunk of a chat, naming the assistant; a completion has none. */
  public List<ObjectNode> start() {
    if (!chat) {
      return List.of();
    }
    return List.of(
        chat(Json.MAPPER.createObjectNode().put("role", "assistant").put("content", ""), null));
  }

  /** A fragment of generated text, as {@code delta.content} or as completion text. */
  public ObjectNode text(String fragment) {
    return chat
        ? chat(Json.MAPPER.createObjectNode().put("content", fragment), null)
        : completion(fragment, null);
  }

  /** The chunk that carries the finish reason, with an empty delta or empty text. */
  public ObjectNode finish(String finishReason) {
    return chat ? chat(Json.MAPPER.createObjectNode(), finishReason) : completion("", finishReason);
  }

  /** A chat chunk with one tool-call delta (see {@link ToolCalls}). */
  public ObjectNode toolCall(ObjectNode call) {
    ObjectNode delta = Json.MAPPER.createObjectNode();
    delta.putArray("tool_calls").add(call);
    return chat(delta, null);
  }
}
