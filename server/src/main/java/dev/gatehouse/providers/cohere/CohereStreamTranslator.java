package dev.gatehouse.providers.cohere;

import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.StreamChunks;
import dev.gatehouse.providers.StreamEvents;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.ToolCalls;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final StreamChunks chunks;
  private final Map<Integer, Integer> toolCallIndexByCohereIndex = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private Usage usage;
  private boolean finished;

  CohereStreamTranslator(Invocation invocation, long created) {
    this.invocation = invocation;
    this.chunks = new StreamChunks(invocation, created, "");
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
    JsonNode data = StreamEvents.object(event.data(), "Cohere");
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
    chunks.id(data.path("id").asString(""));
    return chunks.start();
  }

  private List<ObjectNode> textChunk(JsonNode content) {
    String fragment = content.path("text").asString("");
    if (fragment.isEmpty()) {
      return List.of();
    }
    text.append(fragment);
    return List.of(chunks.text(fragment));
  }

  private List<ObjectNode> toolCallStart(int index, JsonNode message) {
    if (!chunks.chat()) {
      return List.of();
    }
    JsonNode call = message.path("tool_calls");
    int toolIndex = toolCallIndexByCohereIndex.size();
    toolCallIndexByCohereIndex.put(index, toolIndex);
    return List.of(
        chunks.toolCall(
            ToolCalls.start(
                toolIndex,
                call.path("id").asString(""),
                call.path("function").path("name").asString(""),
                call.path("function").path("arguments").asString(""))));
  }

  private List<ObjectNode> toolCallDelta(int index, JsonNode message) {
    Integer toolIndex = toolCallIndexByCohereIndex.get(index);
    if (toolIndex == null) {
      return List.of();
    }
    String fragment = message.path("tool_calls").path("function").path("arguments").asString("");
    return List.of(chunks.toolCall(ToolCalls.arguments(toolIndex, fragment)));
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
    return List.of(chunks.finish(finish));
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
    return Usage.estimated(OpenAiTexts.requestText(invocation), text.toString());
  }
}
