package dev.gatehouse.providers.cohere;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.OpenAiChunks;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cohere v2's SSE events to OpenAI chunks. {@code content-delta} text becomes {@code
 * delta.content}; a {@code tool-call-start} opens one tool call, numbered in the order they start,
 * whose {@code tool-call-delta} argument fragments are forwarded; {@code message-end} carries the
 * finish reason and usage and ends the stream. {@code ERROR} or {@code TIMEOUT} there is an
 * in-stream error, not a finish. Tool plans, citations, debug and unknown events are skipped.
 */
final class CohereStreamTranslator implements StreamTranslator {
  private final Invocation invocation;
  private final long created;
  private final boolean chat;
  private final Map<Integer, Integer> toolCallIndexByCohereIndex = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private String id = "";
  private Usage usage;
  private boolean finished;

  CohereStreamTranslator(Invocation invocation, long created) {
    this.invocation = invocation;
    this.created = created;
    this.chat = invocation.task() != Task.COMPLETIONS;
  }

  @Override
  public StreamFormat format() {
    return StreamFormat.SSE;
  }

  @Override
  public List<ObjectNode> onEvent(UpstreamEvent event) {
    if ("[DONE]".equals(event.data() == null ? null : event.data().strip())) {
      finished = true;
      return List.of();
    }
    JsonNode data = parse(event.data());
    String type = data.path("type").asString("");
    if (type.isEmpty() && event.type() != null) {
      type = event.type();
    }
    JsonNode message = data.path("delta").path("message");
    return switch (type) {
      case "message-start" -> messageStart(data);
      case "content-start", "content-delta" -> textChunk(message.path("content"));
      case "tool-call-start" -> toolCallStart(data.path("index").asInt(), message);
      case "tool-call-delta" -> toolCallDelta(data.path("index").asInt(), message);
      case "message-end" -> messageEnd(data.path("delta"));
      default -> List.of(); // content-end, tool-plan-delta, tool-call-end, citation-*, debug
    };
  }

  private List<ObjectNode> messageStart(JsonNode data) {
    id = data.path("id").asString("");
    if (!chat) {
      return List.of();
    }
    ObjectNode delta = Json.MAPPER.createObjectNode().put("role", "assistant").put("content", "");
    return List.of(chatChunk(delta, null));
  }

  private List<ObjectNode> textChunk(JsonNode content) {
    String fragment = content.path("text").asString("");
    if (fragment.isEmpty()) {
      return List.of();
    }
    text.append(fragment);
    if (!chat) {
      return List.of(completionChunk(fragment, null));
    }
    return List.of(chatChunk(Json.MAPPER.createObjectNode().put("content", fragment), null));
  }

  private List<ObjectNode> toolCallStart(int index, JsonNode message) {
    if (!chat) {
      return List.of();
    }
    JsonNode call = message.path("tool_calls");
    int toolIndex = toolCallIndexByCohereIndex.size();
    toolCallIndexByCohereIndex.put(index, toolIndex);
    ObjectNode out = Json.MAPPER.createObjectNode().put("index", toolIndex);
    out.put("id", call.path("id").asString("")).put("type", "function");
    out.putObject("function")
        .put("name", call.path("function").path("name").asString(""))
        .put("arguments", call.path("function").path("arguments").asString(""));
    ObjectNode delta = Json.MAPPER.createObjectNode();
    delta.putArray("tool_calls").add(out);
    return List.of(chatChunk(delta, null));
  }

  private List<ObjectNode> toolCallDelta(int index, JsonNode message) {
    Integer toolIndex = toolCallIndexByCohereIndex.get(index);
    if (toolIndex == null) {
      return List.of();
    }
    String fragment = message.path("tool_calls").path("function").path("arguments").asString("");
    ObjectNode out = Json.MAPPER.createObjectNode().put("index", toolIndex);
    out.putObject("function").put("arguments", fragment);
    ObjectNode delta = Json.MAPPER.createObjectNode();
    delta.putArray("tool_calls").add(out);
    return List.of(chatChunk(delta, null));
  }

  private List<ObjectNode> messageEnd(JsonNode delta) {
    finished = true;
    String reason = delta.path("finish_reason").asString("");
    if ("ERROR".equals(reason) || "TIMEOUT".equals(reason)) {
      String error = CohereErrorMapper.sanitize(delta.path("error").asString(""));
      throw new UpstreamStreamException(
          "Cohere ended the stream with " + reason + (error.isEmpty() ? "" : ": " + error));
    }
    JsonNode counts = delta.path("usage");
    if (counts.isObject()) {
      usage = CohereResponseMapper.usage(counts, invocation, text.toString());
    }
    String finish = CohereResponseMapper.finishReason(reason.isEmpty() ? "COMPLETE" : reason);
    if (!chat) {
      return List.of(completionChunk("", finish));
    }
    return List.of(chatChunk(Json.MAPPER.createObjectNode(), finish));
  }

  private ObjectNode chatChunk(ObjectNode delta, String finishReason) {
    return OpenAiChunks.chat(id, created, invocation.servedModelName(), delta, finishReason);
  }

  private ObjectNode completionChunk(String fragment, String finishReason) {
    return OpenAiChunks.completion(
        id, created, invocation.servedModelName(), fragment, finishReason);
  }

  private static JsonNode parse(String data) {
    try {
      JsonNode node = Json.MAPPER.readTree(data == null ? "" : data);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below, without the data
    }
    throw new UpstreamStreamException("Cohere sent a stream event that is not JSON.");
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public Usage usage() {
    if (usage != null) {
      return usage;
    }
    return Usage.estimated(CohereResponseMapper.promptText(invocation), text.toString());
  }
}
