package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The external model providers, with the name of each one's config block. */
public enum ProviderKind {
  AI21LABS("ai21labs", "ai21labs_config"),
  AMAZON_BEDROCK("amazon-bedrock", "amazon_bedrock_config"),
  ANTHROPIC("anthropic", "anthropic_config"),
  COHERE("cohere", "cohere_config"),
  CUSTOM("custom", "custom_provider_config"),
  DATABRICKS_MODEL_SERVING("databricks-model-serving", "databricks_model_serving_config"),
  GOOGLE_CLOUD_VERTEX_AI("google-cloud-vertex-ai", "google_cloud_vertex_ai_config"),
  OPENAI("openai", "openai_config"),
  PALM("palm", "palm_config");

  private final String wire;
  private final String configBlock;

  ProviderKind(String wire, String configBlock) {
    this.wire = wire;
    this.configBlock = configBlock;
  }

  public String wire() {
    return wire;
  }

  public String configBlock() {
    return configBlock;
  }

  public static ProviderKind fromWire(String value) {
    return Arrays.stream(values())
        .filter(p -> p.wire.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "Unknown provider '" + value + "'; use one of: " + allowed() + "."));
  }

  public static String allowed() {
    return Arrays.stream(values())
        .filter(p -> p != PALM)
        .map(ProviderKind::wire)
        .collect(Collectors.joining(", "));
  }
}
