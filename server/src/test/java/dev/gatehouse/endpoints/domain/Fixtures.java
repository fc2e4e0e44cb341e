package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.schema.CatalogDocuments;
import tools.jackson.databind.node.ObjectNode;

/** Test inputs built the way the server receives them: JSON text bound by the API's mapper. */
final class Fixtures {
  static final String OPENAI_KEY = "{\"openai_api_key\": \"{{secrets/team/openai}}\"}";

  private Fixtures() {}

  static ModelCatalog builtInCatalog() {
    return ModelCatalogProvider.parse(CatalogDocuments.builtInCatalog(), "test");
  }

  static EndpointConfig config(String json) {
    return Json.MAPPER.readValue(json, EndpointConfig.class);
  }

  static ExternalModel externalModel(String json) {
    return Json.MAPPER.readValue(json, ExternalModel.class);
  }

  static AiGatewayConfig gateway(String json) {
    return Json.MAPPER.readValue(json, AiGatewayConfig.class);
  }

  static ObjectNode object(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  /** An external model entity as JSON, for the {@code served_entities} list. */
  static String externalEntity(String name, String model, String provider, String task) {
    String block =
        switch (provider) {
          case "openai" -> "\"openai_config\": " + OPENAI_KEY;
          case "anthropic" ->
              "\"anthropic_config\": {\"anthropic_api_key\": \"{{secrets/team/anthropic}}\"}";
          case "custom" ->
              "\"custom_provider_config\": {\"custom_provider_url\": \"https://llm.internal/v1\","
                  + " \"bearer_token_auth\": {\"token\": \"{{secrets/team/custom}}\"}}";
          case "amazon-bedrock" ->
              "\"amazon_bedrock_config\": {\"aws_region\": \"us-east-1\","
                  + " \"bedrock_provider\": \"anthropic\","
                  + " \"instance_profile_arn\": \"arn:aws:iam::123456789012:instance-profile/b\"}";
          default -> throw new IllegalArgumentException(provider);
        };
    return "{"
        + (name == null ? "" : "\"name\": \"" + name + "\", ")
        + "\"external_model\": {\"name\": \""
        + model
        + "\", \"provider\": \""
        + provider
        + "\", \"task\": \""
        + task
        + "\", "
        + block
        + "}}";
  }

  static String chatEntity(String name) {
    return externalEntity(name, "gpt-4o", "openai", "llm/v1/chat");
  }
}
