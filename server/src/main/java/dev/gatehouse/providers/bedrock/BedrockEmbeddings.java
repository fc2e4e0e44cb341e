package dev.gatehouse.providers.bedrock;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.EmbeddingInputs;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UnsupportedInvocationException;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiTexts;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Embeddings through InvokeModel, whose bodies are the model family's own: Titan ({@code amazon})
 * embeds one {@code inputText} per call, Cohere up to 96 {@code texts}. A list Titan cannot take in
 * one call is refused rather than fanned out, so one caller request stays one upstream call (one
 * retry budget, one rate-limit charge). Anthropic and AI21 have no embedding models on Bedrock.
 */
final class BedrockEmbeddings {
  static final int COHERE_MAX_TEXTS = 96;
  static final String INPUT_TOKENS_HEADER = "X-Amzn-Bedrock-Input-Token-Count";

  private BedrockEmbeddings() {}

  static ObjectNode body(Invocation invocation, BedrockFamily family) {
    List<String> inputs = EmbeddingInputs.texts(invocation.body().get("input"), "Amazon Bedrock");
    ObjectNode out = Json.MAPPER.createObjectNode();
    JsonNode dimensions = invocation.body().get("dimensions");
    switch (family) {
      case AMAZON -> {
        if (inputs.size() > 1) {
          throw new UnsupportedInvocationException(
              "Amazon Titan embeds one input per call; send input as a single string (got "
                  + inputs.size()
                  + " inputs).");
        }
        out.put("inputText", inputs.get(0));
        if (dimensions != null && dimensions.isIntegralNumber()) {
          out.put("dimensions", dimensions.asInt());
        }
      }
      case COHERE -> {
        if (inputs.size() > COHERE_MAX_TEXTS) {
          throw new InvalidParameterException(
              "Cohere on Amazon Bedrock embeds at most "
                  + COHERE_MAX_TEXTS
                  + " inputs per call, got "
                  + inputs.size()
                  + ".");
        }
        ArrayNode texts = out.putArray("texts");
        inputs.forEach(texts::add);
        out.put("input_type", "search_document");
      }
      default ->
          throw new UnsupportedInvocationException(
              "Amazon Bedrock has no embeddings for bedrock_provider "
                  + family.wire()
                  + "; the llm/v1/embeddings task needs bedrock_provider amazon or cohere.");
    }
    return out;
  }

  /** Titan's {@code embedding} or Cohere's {@code embeddings} (a list, or by type). */
  static Answer answer(Invocation invocation, UpstreamResponse response, JsonNode root) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("object", "list");
    ArrayNode data = body.putArray("data");
    List<JsonNode> vectors = new ArrayList<>();
    Usage usage;
    if (root.has("embedding")) {
      vectors.add(root.get("embedding"));
      JsonNode count = root.path("inputTextTokenCount");
      usage = count.isNumber() ? Usage.of(count.asLong(), 0) : estimated(invocation);
    } else {
      JsonNode embeddings = root.path("embeddings");
      if (embeddings.isObject()) {
        embeddings = embeddings.path("float");
      }
      embeddings.forEach(vectors::add);
      usage =
          response
              .header(INPUT_TOKENS_HEADER)
              .map(String::strip)
              .filter(v -> v.matches("\\d{1,18}"))
              .map(v -> Usage.of(Long.parseLong(v), 0))
              .orElseGet(() -> estimated(invocation));
    }
    for (int i = 0; i < vectors.size(); i++) {
      ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
      item.set("embedding", vectors.get(i).deepCopy());
    }
    body.put("model", invocation.servedModelName());
    body.set("usage", OpenAiTexts.usageNode(Task.EMBEDDINGS, usage));
    return new Answer(body, usage);
  }

  private static Usage estimated(Invocation invocation) {
    long prompt = Usage.estimateTokens(OpenAiTexts.promptText(invocation));
    return new Usage(prompt, 0, prompt, true);
  }
}
