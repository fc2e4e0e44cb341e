package dev.gatehouse.invocation.domain;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiTexts;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles the OpenAI chunks of a stream into the answer a non-streaming call would have got (one
 * {@code chat.completion} or {@code text_completion} with the concatenated text, tool calls, finish
 * reasons and usage), so an inference table holds the same shape for both. Text stops growing once
 * {@code maxChars} have been kept, which bounds its memory however long the stream runs. Used by
 * one relay thread at a time.
 */
public final class StreamCapture {
  private final Task task;
  private final int maxChars;
  private final Map<Integer, Choice> choices = new TreeMap<>();
  private JsonNode id;
  private JsonNode created;
  private JsonNode model;
  private int kept;
  private boolean cut;
  private String error;

  public StreamCapture(Task task, int maxChars) {
    this.task = task;
    this.maxChars = maxChars;
  }

  /** One chunk as it went to the caller. */
  public void chunk(ObjectNode chunk) {
    if (id == null) {
      id = chunk.get("id");
      created = chunk.get("created");
      model = chunk.get("model");
    }
    for (JsonNode c : chunk.path("choices")) {
      Choice choice = choices.computeIfAbsent(c.path("index").asInt(0), i -> new Choice());
      JsonNode delta = c.path("delta");
      append(choice.text, task == Task.CHAT ? delta.path("content") : c.path("text"));
      for (JsonNode call : delta.path("tool_calls")) {
        toolCall(choice, call);
      }
      if (c.hasNonNull("finish_reason")) {
        choice.finishReason = c.get("finish_reason").asString();
      }
    }
  }

  /** The stream ended on an error event carrying {@code message}. */
  public void failed(String message) {
    this.error = message;
  }

  boolean cut() {
    return cut;
  }

  /** The assembled answer; {@code usage} as the relay reported it, or null. */
  ObjectNode answer(Usage usage) {
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.set("id", id);
    answer.put("object", task == Task.CHAT ? "chat.completion" : "text_completion");
    answer.set("created", created);
    answer.set("model", model);
    var list = answer.putArray("choices");
    choices.forEach((index, choice) -> list.add(choice.node(index, task)));
    if (usage != null) {
      answer.set("usage", OpenAiTexts.usageNode(task, usage));
    }
    if (error != null) {
      answer.putObject("error").put("message", error).put("code", "UPSTREAM_ERROR");
    }
    return answer;
  }

  private void toolCall(Choice choice, JsonNode delta) {
    ObjectNode call =
        choice.toolCalls.computeIfAbsent(
            delta.path("index").asInt(0), i -> Json.MAPPER.createObjectNode().put("index", i));
    for (String field : new String[] {"id", "type"}) {
      if (delta.hasNonNull(field)) {
        call.put(field, delta.get(field).asString());
      }
    }
    JsonNode function = delta.path("function");
    ObjectNode target = call.has("function") ? (ObjectNode) call.get("function") : null;
    if (target == null) {
      target = call.putObject("function");
      target.put("arguments", "");
    }
    if (function.hasNonNull("name")) {
      target.put("name", function.get("name").asString());
    }
    StringBuilder arguments = new StringBuilder(target.get("arguments").asString());
    append(arguments, function.path("arguments"));
    target.put("arguments", arguments.toString());
  }

  private void append(StringBuilder to, JsonNode fragment) {
    if (!fragment.isString()) {
      return;
    }
    String text = fragment.asString();
    int room = maxChars - kept;
    if (text.length() > room) {
      cut = true;
      text = text.substring(0, Math.max(0, room));
    }
    to.append(text);
    kept += text.length();
  }

  private static final class Choice {
    final StringBuilder text = new StringBuilder();
    final Map<Integer, ObjectNode> toolCalls = new TreeMap<>();
    String finishReason;

    ObjectNode node(int index, Task task) {
      ObjectNode node = Json.MAPPER.createObjectNode().put("index", index);
      if (task == Task.CHAT) {
        ObjectNode message = node.putObject("message").put("role", "assistant");
        message.put("content", text.toString());
        if (!toolCalls.isEmpty()) {
          var calls = message.putArray("tool_calls");
          toolCalls.values().forEach(calls::add);
        }
      } else {
        node.put("text", text.toString());
      }
      node.put("finish_reason", finishReason);
      return node;
    }
  }
}
