package dev.gatehouse.providers.anthropic;

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
  private final long created;
  private final boolean chat;
  private final Map<Integer, Integer> toolCallIndexByBlock = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private String id = "";
  private final Map<String, Long> tokens = new HashMap<>();
  private boolean finished;

  AnthropicStreamTranslator(Invocation invocation, long created) {
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
    JsonNode data = parse(event.data());
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
    id = message.path("id").asString("");
    readUsage(message.path("usage"));
    if (!chat) {
      return List.of();
    }
    ObjectNode delta = Json.MAPPER.createObjectNode().put("role", "assistant").put("content", "");
    return List.of(chatChunk(delta, null));
  }

  private List<ObjectNode> blockStart(int index, JsonNode block) {
    String type = block.path("type").asString("");
    if ("text".equals(type) && !block.path("text").asString("").isEmpty()) {
      return textChunk(block.path("text").asString());
    }
    if (!"tool_use".equals(type) || !chat) {
      return List.of();
    }
    int toolIndex = toolCallIndexByBlock.size();
    toolCallIndexByBlock.put(index, toolIndex);
    ObjectNode call = Json.MAPPER.createObjectNode().put("index", toolIndex);
    call.put("id", block.path("id").asString("")).put("type", "function");
    call.putObject("function").put("name", block.path("name").asString("")).put("arguments", "");
    ObjectNode delta = Json.MAPPER.createObjectNode();
    delta.putArray("tool_calls").add(call);
    return List.of(chatChunk(delta, null));
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
        ObjectNode call = Json.MAPPER.createObjectNode().put("index", toolIndex);
        call.putObject("function").put("arguments", delta.path("partial_json").asString(""));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.putArray("tool_calls").add(call);
        return List.of(chatChunk(out, null));
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
    if (!chat) {
      return List.of(completionChunk(fragment, null));
    }
    return List.of(chatChunk(Json.MAPPER.createObjectNode().put("content", fragment), null));
  }

  private List<ObjectNode> messageDelta(JsonNode data) {
    readUsage(data.path("usage"));
    String stopReason = data.path("delta").path("stop_reason").asString(null);
    if (stopReason == null) {
      return List.of();
    }
    String finish = AnthropicResponseMapper.finishReason(stopReason);
    if (!chat) {
      return List.of(completionChunk("", finish));
    }
    return List.of(chatChunk(Json.MAPPER.createObjectNode(), finish));
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

  private ObjectNode chatChunk(ObjectNode delta, String finishReason) {
    return OpenAiChunks.chat(id, created, invocation.servedModelName(), delta, finishReason);
  }

  private ObjectNode completionChunk(String fragment, String finishReason) {
    return OpenAiChunks.completion(
        id, created, invocation.servedModelName(), fragment, finishReason);
  }

  private static UpstreamStreamException streamError(JsonNode error) {
    String type = error.path("type").asString("error");
    String message = AnthropicErrorMapper.sanitize(error.path("message").asString(""));
    return new UpstreamStreamException(
        "Anthropic ended the stream with " + type + (message.isEmpty() ? "" : ": " + message));
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
    throw new UpstreamStreamException("Anthropic sent a stream event that is not JSON.");
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public Usage usage() {
    if (tokens.isEmpty()) {
      return Usage.estimated(AnthropicResponseMapper.promptText(invocation), text.toString());
    }
    long prompt =
        tokens.getOrDefault("input_tokens", 0L)
            + tokens.getOrDefault("cache_creation_input_tokens", 0L)
            + tokens.getOrDefault("cache_read_input_tokens", 0L);
    return Usage.of(prompt, tokens.getOrDefault("output_tokens", 0L));
  }
}
