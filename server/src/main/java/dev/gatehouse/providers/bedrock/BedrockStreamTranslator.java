package dev.gatehouse.providers.bedrock;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.OpenAiChunks;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiErrors;
import dev.gatehouse.providers.openai.OpenAiTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
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
  private final Invocation invocation;
  private final long created;
  private final boolean chat;
  private final String id;
  private final Map<Integer, Integer> toolIndexByBlock = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private Usage usage;
  private boolean finished;

  BedrockStreamTranslator(Invocation invocation, long created, String id) {
    this.invocation = invocation;
    this.created = created;
    this.chat = invocation.task() != Task.COMPLETIONS;
    this.id = id;
  }

  @Override
  public StreamFormat format() {
    return StreamFormat.AWS_EVENT_STREAM;
  }

  @Override
  public List<ObjectNode> onEvent(UpstreamEvent event) {
    JsonNode data = parse(event.data());
    if (event.isException()) {
      String name = event.type().substring(UpstreamEvent.EXCEPTION_PREFIX.length());
      String message = OpenAiErrors.sanitize(data.path("message").asString(""));
      throw new UpstreamStreamException(
          "Amazon Bedrock reported " + name + (message.isEmpty() ? "." : ": " + message));
    }
    String type = event.type() == null ? "" : event.type();
    return switch (type) {
      case "messageStart" -> messageStart();
      case "contentBlockStart" -> blockStart(data);
      case "contentBlockDelta" -> blockDelta(data);
      case "messageStop" -> messageStop(data);
      case "metadata" -> metadata(data);
      default -> List.of(); // contentBlockStop, and events newer than this translator
    };
  }

  private List<ObjectNode> messageStart() {
    if (!chat) {
      return List.of();
    }
    ObjectNode delta = Json.MAPPER.createObjectNode().put("role", "assistant").put("content", "");
    return List.of(chatChunk(delta, null));
  }

  private List<ObjectNode> blockStart(JsonNode data) {
    JsonNode use = data.path("start").path("toolUse");
    if (!chat || !use.isObject()) {
      return List.of();
    }
    int toolIndex = toolIndexByBlock.size();
    toolIndexByBlock.put(data.path("contentBlockIndex").asInt(), toolIndex);
    ObjectNode call = Json.MAPPER.createObjectNode().put("index", toolIndex);
    call.put("id", use.path("toolUseId").asString("")).put("type", "function");
    call.putObject("function").put("name", use.path("name").asString("")).put("arguments", "");
    return List.of(toolChunk(call));
  }

  private List<ObjectNode> blockDelta(JsonNode data) {
    JsonNode delta = data.path("delta");
    if (delta.path("text").isString()) {
      String fragment = delta.get("text").asString();
      if (fragment.isEmpty()) {
        return List.of();
      }
      text.append(fragment);
      return List.of(
          chat
              ? chatChunk(Json.MAPPER.createObjectNode().put("content", fragment), null)
              : completionChunk(fragment, null));
    }
    Integer toolIndex = toolIndexByBlock.get(data.path("contentBlockIndex").asInt());
    if (toolIndex == null || !delta.path("toolUse").isObject()) {
      return List.of(); // reasoning content is not exposed
    }
    ObjectNode call = Json.MAPPER.createObjectNode().put("index", toolIndex);
    call.putObject("function").put("arguments", delta.path("toolUse").path("input").asString(""));
    return List.of(toolChunk(call));
  }

  private List<ObjectNode> messageStop(JsonNode data) {
    String finish =
        BedrockResponseMapper.finishReason(data.path("stopReason").asString("end_turn"));
    return List.of(
        chat ? chatChunk(Json.MAPPER.createObjectNode(), finish) : completionChunk("", finish));
  }

  private List<ObjectNode> metadata(JsonNode data) {
    finished = true;
    if (data.path("usage").isObject()) {
      usage = BedrockResponseMapper.usage(data.get("usage"), invocation, text.toString());
    }
    return List.of();
  }

  private ObjectNode toolChunk(ObjectNode call) {
    ObjectNode delta = Json.MAPPER.createObjectNode();
    delta.putArray("tool_calls").add(call);
    return chatChunk(delta, null);
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
      JsonNode node = Json.MAPPER.readTree(data == null || data.isBlank() ? "{}" : data);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below, without the data
    }
    throw new UpstreamStreamException("Amazon Bedrock sent a stream event that is not JSON.");
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
