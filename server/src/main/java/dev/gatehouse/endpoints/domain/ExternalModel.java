package dev.gatehouse.endpoints.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A model served by an outside provider. Each provider's settings live in its own block; the blocks
 * stay JSON here because each provider adapter reads its own, and {@link ExternalModelRules} checks
 * them.
 */
public record ExternalModel(
    String name,
    String provider,
    String task,
    ObjectNode ai21labsConfig,
    ObjectNode amazonBedrockConfig,
    ObjectNode anthropicConfig,
    ObjectNode cohereConfig,
    ObjectNode customProviderConfig,
    ObjectNode databricksModelServingConfig,
    ObjectNode googleCloudVertexAiConfig,
    ObjectNode openaiConfig,
    ObjectNode palmConfig) {

  /** The config blocks present, keyed by their wire name. */
  public Map<String, ObjectNode> configBlocks() {
    Map<String, ObjectNode> blocks = new LinkedHashMap<>();
    put(blocks, ProviderKind.AI21LABS, ai21labsConfig);
    put(blocks, ProviderKind.AMAZON_BEDROCK, amazonBedrockConfig);
    put(blocks, ProviderKind.ANTHROPIC, anthropicConfig);
    put(blocks, ProviderKind.COHERE, cohereConfig);
    put(blocks, ProviderKind.CUSTOM, customProviderConfig);
    put(blocks, ProviderKind.DATABRICKS_MODEL_SERVING, databricksModelServingConfig);
    put(blocks, ProviderKind.GOOGLE_CLOUD_VERTEX_AI, googleCloudVertexAiConfig);
    put(blocks, ProviderKind.OPENAI, openaiConfig);
    put(blocks, ProviderKind.PALM, palmConfig);
    return blocks;
  }

  private static void put(Map<String, ObjectNode> blocks, ProviderKind kind, ObjectNode block) {
    if (block != null) {
      blocks.put(kind.configBlock(), block);
    }
  }

  public ProviderKind providerKind() {
    return ProviderKind.fromWire(provider);
  }

  public Task taskKind() {
    return Task.fromWire(task);
  }
}
