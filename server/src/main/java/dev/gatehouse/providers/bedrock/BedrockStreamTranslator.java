package dev.gatehouse.providers.bedrock;

import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.StreamChunks;
import dev.gatehouse.providers.StreamEvents;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.ToolCalls;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiErrors;
import dev.gatehouse.providers.openai.OpenAiTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ConverseStream events to OpenAI chunks. Text deltas become {@code delta.content}; a {@code
 * contentBlockStart} with a {@code toolUse} opens a tool call, numbered in the order they start,
 * whose input fragments are forwarded as argument fragments. {@code messageStop} carries the finish
 * reason, but usage comes after it in {@code metadata}, so only {@code metadata} ends the stream.
 * Exception frames are the provider failing mid-stream. The stream has no id of its own: one is
 * made up per stream, shared by its chunks.
 */
final class BedrockStreamTranslator implements StreamTranslator {
  private static final String PROVIDER = "Amazon Bedrock";

  private final Invocation invocation;
  private final StreamChunks chunks;
  private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private Usage usage;
  private boolean finished;

  BedrockStreamTranslator(Invocation invocation, long created, String id) {
    this.invocation = invocation;
    this.chunks = new StreamChunks(invocation, created, id);
  }

  @Override
  public StreamFormat format() {
    return StreamFormat.AWS_EVENT_STREAM;
  }

  @Override
  public List<ObjectNode> onEvent(UpstreamEvent event) {
    String raw = event.data();
    JsonNode data = StreamEvents.object(raw == null || raw.isBlank() ? "{}" : raw, PROVIDER);
    if (event.isException()) {
      String name = event.type().substring(UpstreamEvent.EXCEPTION_PREFIX.length());
      String message = OpenAiErrors.sanitize(data.path("message").asString(""));
      throw new UpstreamStreamException(
          PROVIDER + " reported " + name + (message.isEmpty() ? "." : ": " + message));
    }
    String type = event.type() == null ? "" : event.type();
    return switch (type) {
      case "messageStart" -> chunks.start();
      case "contentBlockStart" -> blockStart(data);
      case "contentBlockDelta" -> blockDelta(data);
      case "messageStop" -> messageStop(data);
      case "metadata" -> metadata(data);
      default -> List.of(); // contentBlockStop, and events newer than this translator
    };
  }

  private List<ObjectNode> blockStart(JsonNode data) {
    JsonNode use = data.path("start").path("toolUse");
    if (!chunks.chat() || !use.isObject()) {
      return List.of();
    }
    int toolIndex = toolIndexByBlock.size();
    toolIndexByBlock.put(data.path("contentBlockIndex").asInt(), toolIndex);
    String id = use.path("toolUseId").asString("");
    String name = use.path("name").asString("");
    return List.of(chunks.toolCall(ToolCalls.start(toolIndex, id, name, "")));
  }

  private List<ObjectNode> blockDelta(JsonNode data) {
    JsonNode delta = data.path("delta");
    if (delta.path("text").isString()) {
      String fragment = delta.get("text").asString();
      if (fragment.isEmpty()) {
        return List.of();
      }
      text.append(fragment);
      return List.of(chunks.text(fragment));
    }
    Integer toolIndex = toolIndexByBlock.get(data.path("contentBlockIndex").asInt());
    if (toolIndex == null || !delta.path("toolUse").isObject()) {
      return List.of(); // reasoning content is not exposed
    }
    String fragment = delta.path("toolUse").path("input").asString("");
    return List.of(chunks.toolCall(ToolCalls.arguments(toolIndex, fragment)));
  }

  private List<ObjectNode> messageStop(JsonNode data) {
    String finish =
        BedrockResponseMapper.finishReason(data.path("stopReason").asString("end_turn"));
    return List.of(chunks.finish(finish));
  }

  private List<ObjectNode> metadata(JsonNode data) {
    finished = true;
    if (data.path("usage").isObject()) {
      usage = BedrockResponseMapper.usage(data.get("usage"), invocation, text.toString());
    }
    return List.of();
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
    return Usage.estimated(OpenAiTexts.promptText(invocation), text.toString());
  }
}
