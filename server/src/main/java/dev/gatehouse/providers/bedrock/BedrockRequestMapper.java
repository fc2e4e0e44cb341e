package dev.gatehouse.providers.bedrock;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UnsupportedInvocationException;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat and completions requests to a Converse body (providers.md §6, §9.5). Messages are
 * translated by {@link BedrockMessages}. OpenAI parameters Converse has no counterpart for
 * (penalties, logprobs, seed, user, ...) are dropped, as OpenAI clients send them by default; any
 * other field, such as {@code top_k} from {@code extra_params}, goes to the model as {@code
 * additionalModelRequestFields}. {@code n > 1} is refused: Converse answers one choice.
 */
final class BedrockRequestMapper {
  /** Fields mapped above, or OpenAI's own that have no Converse counterpart. */
  private static final Set<String> OPENAI_FIELDS =
      Set.of(
          "messages",
          "prompt",
          "model",
          "stream",
          "stream_options",
          "n",
          "max_tokens",
          "max_completion_tokens",
          "temperature",
          "top_p",
          "stop",
          "tools",
          "tool_choice",
          "parallel_tool_calls",
          "frequency_penalty",
          "presence_penalty",
          "logprobs",
          "top_logprobs",
          "logit_bias",
          "seed",
          "user",
          "response_format",
          "metadata",
          "store",
          "service_tier",
          "echo",
          "best_of",
          "suffix");

  private BedrockRequestMapper() {}

  static ObjectNode converseBody(Invocation invocation) {
    ObjectNode in = invocation.body();
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (invocation.task() == Task.COMPLETIONS) {
      ArrayNode messages = out.putArray("messages");
      ObjectNode user = messages.addObject().put("role", "user");
      user.putArray("content").addObject().put("text", prompt(in.get("prompt")));
    } else {
      BedrockMessages.translate(in.path("messages"), out);
      tools(in, out);
    }
    refuseSeveralChoices(in);
    ObjectNode inference = inferenceConfig(in);
    if (!inference.isEmpty()) {
      out.set("inferenceConfig", inference);
    }
    ObjectNode additional = Json.MAPPER.createObjectNode();
    for (String field : in.propertyNames()) {
      if (!OPENAI_FIELDS.contains(field) && !in.get(field).isNull()) {
        additional.set(field, in.get(field).deepCopy());
      }
    }
    if (!additional.isEmpty()) {
      out.set("additionalModelRequestFields", additional);
    }
    return out;
  }

  private static void refuseSeveralChoices(ObjectNode in) {
    JsonNode n = in.get("n");
    if (n != null && n.isNumber() && n.asInt() != 1) {
      throw new UnsupportedInvocationException(
          "Amazon Bedrock returns one choice per request; n must be 1, got " + n + ".");
    }
  }

  private static ObjectNode inferenceConfig(ObjectNode in) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    String maxName =
        in.hasNonNull("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    JsonNode max = in.get(maxName);
    if (max != null && !max.isNull()) {
      if (!max.isIntegralNumber() || !max.canConvertToInt() || max.asInt() < 1) {
        throw new InvalidParameterException(
            maxName + " must be a positive integer, got " + max + ".");
      }
      out.put("maxTokens", max.asInt());
    }
    copyNumber(in, "temperature", out, "temperature");
    copyNumber(in, "top_p", out, "topP");
    JsonNode stop = in.get("stop");
    if (stop != null && stop.isString()) {
      out.putArray("stopSequences").add(stop.asString());
    } else if (stop != null && stop.isArray() && !stop.isEmpty()) {
      out.set("stopSequences", stop.deepCopy());
    }
    return out;
  }

  private static void copyNumber(ObjectNode in, String from, ObjectNode out, String to) {
    JsonNode value = in.get(from);
    if (value != null && value.isNumber()) {
      out.set(to, value.deepCopy());
    }
  }

  /**
   * {@code tool_choice: none} has no Converse counterpart; the tools are then left out, so the
   * model cannot call one.
   */
  private static void tools(ObjectNode in, ObjectNode out) {
    JsonNode tools = in.get("tools");
    JsonNode choice = in.get("tool_choice");
    if (tools == null || !tools.isArray() || tools.isEmpty()) {
      return;
    }
    if (choice != null && choice.isString() && "none".equals(choice.asString())) {
      return;
    }
    ObjectNode config = out.putObject("toolConfig");
    ArrayNode specs = config.putArray("tools");
    for (JsonNode tool : tools) {
      if (!"function".equals(tool.path("type").asString("function"))) {
        throw new UnsupportedInvocationException(
            "Amazon Bedrock takes only function tools, not '"
                + tool.path("type").asString()
                + "'.");
      }
      JsonNode function = tool.path("function");
      ObjectNode spec = specs.addObject().putObject("toolSpec");
      spec.put("name", function.path("name").asString(""));
      if (function.hasNonNull("description")) {
        spec.put("description", function.get("description").asString());
      }
      JsonNode schema = function.get("parameters");
      if (schema == null || schema.isNull()) {
        ObjectNode empty = Json.MAPPER.createObjectNode().put("type", "object");
        empty.putObject("properties");
        schema = empty;
      }
      spec.putObject("inputSchema").set("json", schema.deepCopy());
    }
    if (choice != null && !choice.isNull()) {
      config.set("toolChoice", toolChoice(choice));
    }
  }

  private static ObjectNode toolChoice(JsonNode choice) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (choice.isString()) {
      switch (choice.asString()) {
        case "auto" -> out.putObject("auto");
        case "required" -> out.putObject("any");
        default ->
            throw new InvalidParameterException(
                "tool_choice must be auto, none, required or a function, got '"
                    + choice.asString()
                    + "'.");
      }
      return out;
    }
    String name = choice.path("function").path("name").asString("");
    if (!"function".equals(choice.path("type").asString()) || name.isEmpty()) {
      throw new InvalidParameterException(
          "tool_choice must be auto, none, required or {\"type\":\"function\",\"function\":"
              + "{\"name\":...}}.");
    }
    out.putObject("tool").put("name", name);
    return out;
  }

  private static String prompt(JsonNode prompt) {
    if (prompt != null && prompt.isArray() && prompt.size() == 1) {
      prompt = prompt.get(0);
    }
    if (prompt == null || !prompt.isString()) {
      throw new UnsupportedInvocationException(
          "Amazon Bedrock takes one prompt per request: send prompt as a single string.");
    }
    if (prompt.asString().isBlank()) {
      throw new InvalidParameterException("prompt must not be blank.");
    }
    return prompt.asString();
  }
}
