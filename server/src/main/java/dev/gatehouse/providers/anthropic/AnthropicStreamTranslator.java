package dev.gatehouse.providers.anthropic;

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
 * Anthropic's SSE events to OpenAI chunks. Text deltas become {@code delta.content}; a {@code
 * tool_use} block becomes one tool call, numbered in the order the blocks start, whose {@code
 * input_json_delta} fragments are forwarded as argument fragments; {@code message_delta} carries
 * the finish reason and the cumulative output tokens; {@code message_stop} ends the stream. Unknown
 * event types are skipped, as Anthropic's versioning policy asks.
 */
final class AnthropicStreamTranslator implements StreamTranslator {
  private static final List<String> USAGE_FIELDS =
      List.of(
          "input_tokens",
          "cache_creation_input_tokens",
          "cache_read_input_tokens",
          "output_tokens");

  private final Invocation invocation;
  private final StreamChunks chunks;
  private final Map<Integer, Integer> toolCallIndexByBlock = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private final Map<String, Long> tokens = new HashMap<>();
  private boolean finished;

  AnthropicStreamTranslator(Invocation invocation, long created) {
    this.invocation = invocation;
    this.chunks = new StreamChunks(invocation, created, "");
  }

  @Override
  public StreamFormat format() {
    return StreamFormat.SSE;
  }

  @Override
  public List<ObjectNode> onEvent(UpstreamEvent event) {
    JsonNode data = StreamEvents.object(event.data(), "Anthropic");
    String type = event.type() != null ? event.type() : data.path("type").asString("");
    return switch (type) {
      case "message_start" -> messageStart(data.path("message"));
      case "content_block_start" ->
          blockStart(data.path("index").asInt(), data.path("content_block"));
      case "content_block_delta" -> blockDelta(data.path("index").asInt(), data.path("delta"));
      case "message_delta" -> messageDelta(data);
      case "message_stop" -> {
        finished = true;
        yield List.of();
      }
      case "error" -> throw streamError(data.path("error"));
      default -> List.of(); // ping, content_block_stop, and event types newer than this code
    };
  }

  private List<ObjectNode> messageStart(JsonNode message) {
    chunks.id(message.path("id").asString(""));
    readUsage(message.path("usage"));
    return chunks.start();
  }

  private List<ObjectNode> blockStart(int index, JsonNode block) {
    String type = block.path("type").asString("");
    if ("text".equals(type) && !block.path("text").asString("").isEmpty()) {
      return textChunk(block.path("text").asString());
    }
    if (!"tool_use".equals(type) || !chunks.chat()) {
      return List.of();
    }
    int toolIndex = toolCallIndexByBlock.size();
    toolCallIndexByBlock.put(index, toolIndex);
    String id = block.path("id").asString("");
    String name = block.path("name").asString("");
    return List.of(chunks.toolCall(ToolCalls.start(toolIndex, id, name, "")));
  }

  private List<ObjectNode> blockDelta(int index, JsonNode delta) {
    switch (delta.path("type").asString("")) {
      case "text_delta" -> {
        return textChunk(delta.path("text").asString(""));
      }
      case "input_json_delta" -> {
        Integer toolIndex = toolCallIndexByBlock.get(index);
        if (toolIndex == null) {
          return List.of();
        }
        String fragment = delta.path("partial_json").asString("");
        return List.of(chunks.toolCall(ToolCalls.arguments(toolIndex, fragment)));
      }
      default -> {
        return List.of(); // thinking_delta, signature_delta, citations_delta
      }
    }
  }

  private List<ObjectNode> textChunk(String fragment) {
    text.append(fragment);
    if (fragment.isEmpty()) {
      return List.of();
    }
    return List.of(chunks.text(fragment));
  }

  private List<ObjectNode> messageDelta(JsonNode data) {
    readUsage(data.path("usage"));
    String stopReason = data.path("delta").path("stop_reason").asString(null);
    if (stopReason == null) {
      return List.of();
    }
    return List.of(chunks.finish(AnthropicResponseMapper.finishReason(stopReason)));
  }

  /**
   * Counts are cumulative, so each one's latest value wins: {@code message_delta} may repeat the
   * input counts of {@code message_start}, and then its values are preferred.
   */
  private void readUsage(JsonNode usage) {
    for (String field : USAGE_FIELDS) {
      if (usage.path(field).isNumber()) {
        tokens.put(field, usage.get(field).asLong());
      }
    }
  }

  private static UpstreamStreamException streamError(JsonNode error) {
    String type = error.path("type").asString("error");
    String message = AnthropicErrorMapper.sanitize(error.path("message").asString(""));
    return new UpstreamStreamException(
        "Anthropic ended the stream with " + type + (message.isEmpty() ? "" : ": " + message));
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public Usage usage() {
    if (tokens.isEmpty()) {
      return Usage.estimated(OpenAiTexts.requestText(invocation), text.toString());
    }
    long prompt =
        tokens.getOrDefault("input_tokens", 0L)
            + tokens.getOrDefault("cache_creation_input_tokens", 0L)
            + tokens.getOrDefault("cache_read_input_tokens", 0L);
    return Usage.of(prompt, tokens.getOrDefault("output_tokens", 0L));
  }
}
