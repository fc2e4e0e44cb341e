package dev.gatehouse.providers;

import dev.gatehouse.platform.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI tool calls as the translating adapters build them from a provider's tool use: the whole
 * call of an answer, and the opening and argument-fragment deltas of a stream. Only the shape is
 * shared; how each provider names its id, name and arguments stays in its own mapper.
 */
public final class ToolCalls {
  private ToolCalls() {}

  /** {@code {id, type: function, function: {name, arguments}}}, arguments a JSON string. */
  public static ObjectNode call(String id, String name, String arguments) {
    ObjectNode call = Json.MAPPER.createObjectNode();
    call.put("id", id);
    call.put("type", "function");
    ObjectNode function = call.putObject("function");
    function.put("name", name);
    function.put("arguments", arguments);
    return call;
  }

  /** The first delta of a streamed call: its index, id, name and the arguments so far. */
  public static ObjectNode start(int index, String id, String name, String arguments) {
    ObjectNode call = Json.MAPPER.createObjectNode().put("index", index);
    call.put("id", id).put("type", "function");
    call.putObject("function").put("name", name).put("arguments", arguments);
    return call;
  }

  /** A later delta of a streamed call: only its index and the next arguments fragment. */
  public static ObjectNode arguments(int index, String fragment) {
    ObjectNode call = Json.MAPPER.createObjectNode().put("index", index);
    call.putObject("function").put("arguments", fragment);
    return call;
  }

  /**
   * A tool's {@code input} object as OpenAI's arguments string, {@code {}} when there is none (the
   * Anthropic and Bedrock shape: input is JSON, never a string).
   */
  public static String argumentsOf(JsonNode input) {
    return input == null ? "{}" : Json.MAPPER.writeValueAsString(input);
  }
}
