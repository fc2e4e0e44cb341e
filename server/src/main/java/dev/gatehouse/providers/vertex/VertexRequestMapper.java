package dev.gatehouse.providers.vertex;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.EmbeddingInputs;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UnsupportedInvocationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAI chat, completions and embeddings requests to Vertex bodies: {@code GenerateContentRequest}
 * (contents, systemInstruction, generationConfig, tools, toolConfig) and the {@code predict} body
 * of text embedding models. Parameters Gemini has no counterpart for (logprobs, logit_bias, user,
 * ...) are dropped.
 */
final class VertexRequestMapper {
  static final int MAX_STOP_SEQUENCES = 5;

  private VertexRequestMapper() {}

  static ObjectNode generateBody(Invocation invocation) {
    ObjectNode in = invocation.body();
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (invocation.task() == Task.COMPLETIONS) {
      VertexContents.prompt(prompt(in), out);
    } else {
      VertexContents.translate(in.get("messages"), out);
    }
    ObjectNode config = generationConfig(in);
    if (!config.isEmpty()) {
      out.set("generationConfig", config);
    }
    JsonNode tools = in.get("tools");
    if (tools != null && tools.isArray() && !tools.isEmpty()) {
      out.putArray("tools").addObject().set("functionDeclarations", declarations(tools));
      toolChoice(in.get("tool_choice"), out);
    }
    return out;
  }

  private static String prompt(ObjectNode in) {
    JsonNode prompt = in.get("prompt");
    if (prompt != null && prompt.isArray() && prompt.size() == 1) {
      prompt = prompt.get(0);
    }
    if (prompt == null || !prompt.isString()) {
      throw new UnsupportedInvocationException(
          "Vertex AI takes one prompt per request: send prompt as a single string.");
    }
    return prompt.asString();
  }

  private static ObjectNode generationConfig(ObjectNode in) {
    ObjectNode config = Json.MAPPER.createObjectNode();
    String maxName = in.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    positiveInteger(in, maxName, config, "maxOutputTokens");
    positiveInteger(in, "n", config, "candidateCount");
    copyNumber(in, "temperature", config, "temperature");
    copyNumber(in, "top_p", config, "topP");
    copyNumber(in, "top_k", config, "topK");
    copyNumber(in, "seed", config, "seed");
    copyNumber(in, "presence_penalty", config, "presencePenalty");
    copyNumber(in, "frequency_penalty", config, "frequencyPenalty");
    stop(in.get("stop"), config);
    JsonNode format = in.get("response_format");
    String type = format == null ? "" : format.path("type").asString("");
    if (type.equals("json_object") || type.equals("json_schema")) {
      config.put("responseMimeType", "application/json");
      JsonNode schema = format.path("json_schema").get("schema");
      if (schema != null && schema.isObject()) {
        config.set("responseJsonSchema", schema.deepCopy());
      }
    }
    return config;
  }

  private static void positiveInteger(ObjectNode in, String from, ObjectNode out, String to) {
    JsonNode value = in.get(from);
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isIntegralNumber() || value.asLong() < 1) {
      throw new InvalidParameterException(from + " must be a positive integer, got " + value + ".");
    }
    out.put(to, value.asLong());
  }

  private static void stop(JsonNode stop, ObjectNode config) {
    if (stop == null || stop.isNull()) {
      return;
    }
    if (stop.isString()) {
      config.putArray("stopSequences").add(stop.asString());
      return;
    }
    if (stop.isArray() && stop.size() > MAX_STOP_SEQUENCES) {
      throw new InvalidParameterException(
          "Vertex AI takes at most "
              + MAX_STOP_SEQUENCES
              + " stop sequences, got "
              + stop.size()
              + ".");
    }
    if (stop.isArray() && !stop.isEmpty()) {
      config.set("stopSequences", stop.deepCopy());
    }
  }

  /**
   * OpenAI functions as Gemini declarations. Parameters with no properties are left out: Vertex
   * refuses an {@code object} schema without properties.
   */
  private static ArrayNode declarations(JsonNode tools) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode tool : tools) {
      if (!"function".equals(tool.path("type").asString("function"))) {
        throw new UnsupportedInvocationException("Vertex AI takes only function tools.");
      }
      JsonNode function = tool.path("function");
      ObjectNode declaration = out.addObject().put("name", function.path("name").asString(""));
      if (function.hasNonNull("description")) {
        declaration.put("description", function.get("description").asString());
      }
      JsonNode parameters = function.get("parameters");
      if (parameters != null && parameters.isObject() && !parameters.path("properties").isEmpty()) {
        declaration.set("parameters", parameters.deepCopy());
      }
    }
    return out;
  }

  private static void toolChoice(JsonNode choice, ObjectNode out) {
    if (choice == null || choice.isNull()) {
      return;
    }
    ObjectNode calling = Json.MAPPER.createObjectNode();
    if (choice.isString()) {
      switch (choice.asString()) {
        case "auto" -> calling.put("mode", "AUTO");
        case "required" -> calling.put("mode", "ANY");
        case "none" -> calling.put("mode", "NONE");
        default ->
            throw new InvalidParameterException(
                "tool_choice must be auto, required, none or a named function.");
      }
    } else {
      String name = choice.path("function").path("name").asString("");
      if (name.isEmpty()) {
        throw new InvalidParameterException(
            "tool_choice must be auto, required, none or a named function.");
      }
      calling.put("mode", "ANY").putArray("allowedFunctionNames").add(name);
    }
    out.putObject("toolConfig").set("functionCallingConfig", calling);
  }

  private static void copyNumber(ObjectNode in, String from, ObjectNode out, String to) {
    JsonNode value = in.get(from);
    if (value != null && value.isNumber()) {
      out.set(to, value.deepCopy());
    }
  }

  /**
   * The {@code predict} body of Vertex's text embedding models. {@code gemini-embedding-*} embeds
   * one text per call there; Gatehouse does not fan out, so a list is refused.
   */
  static ObjectNode predictBody(Invocation invocation, String model) {
    JsonNode input = invocation.body().get("input");
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode instances = out.putArray("instances");
    for (String text : EmbeddingInputs.texts(input, "Vertex AI")) {
      instances.addObject().put("content", text);
    }
    if (model.startsWith("gemini-embedding") && instances.size() > 1) {
      throw new UnsupportedInvocationException(
          model + " embeds one input per request on Vertex AI; send input as a single string.");
    }
    JsonNode dimensions = invocation.body().get("dimensions");
    if (dimensions != null && dimensions.isIntegralNumber()) {
      out.putObject("parameters").put("outputDimensionality", dimensions.asInt());
    }
    return out;
  }
}
