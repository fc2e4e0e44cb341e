package dev.gatehouse.endpoints.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.platform.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EndpointViewsTest {

  private static JsonNode stripped(String json) {
    JsonNode node = Json.MAPPER.readTree(json);
    EndpointViews.stripPlaintext(node);
    return node;
  }

  @Test
  void topLevelPlaintextFieldsAreRemoved() {
    JsonNode node =
        stripped(
            "{\"openai_api_key\": \"{{secrets/s/k}}\", \"openai_api_key_plaintext\": \"sk-1\"}");

    assertThat(node).isEqualTo(Json.MAPPER.readTree("{\"openai_api_key\": \"{{secrets/s/k}}\"}"));
  }

  @Test
  void plaintextFieldsAreRemovedAtAnyDepth() {
    JsonNode node =
        stripped(
            "{\"name\": \"e\", \"external_model\": {\"provider\": \"custom\","
                + " \"custom_provider_config\": {\"custom_provider_url\": \"https://x\","
                + " \"bearer_token_auth\": {\"token_plaintext\": \"t\"},"
                + " \"api_key_auth\": {\"key\": \"x-api-key\", \"value_plaintext\": \"v\"}}}}");

    assertThat(node.toString()).doesNotContain("_plaintext").doesNotContain("\"t\"");
    assertThat(node.at("/external_model/custom_provider_config/bearer_token_auth").isEmpty())
        .isTrue();
    assertThat(node.at("/external_model/custom_provider_config/api_key_auth/key").asString())
        .isEqualTo("x-api-key");
    assertThat(node.at("/external_model/custom_provider_config/custom_provider_url").asString())
        .isEqualTo("https://x");
  }

  @Test
  void plaintextFieldsInsideArraysAreRemoved() {
    JsonNode node =
        stripped(
            "{\"served_entities\": [{\"name\": \"a\", \"external_model\": {\"anthropic_config\":"
                + " {\"anthropic_api_key_plaintext\": \"k1\"}}}, [{\"x_plaintext\": 1, \"y\": 2}],"
                + " {\"name\": \"b\", \"aws_secret_access_key_plaintext\": \"k2\"}]}");

    assertThat(node)
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"served_entities\": [{\"name\": \"a\", \"external_model\":"
                    + " {\"anthropic_config\": {}}}, [{\"y\": 2}], {\"name\": \"b\"}]}"));
  }

  @Test
  void aTopLevelArrayIsStripped() {
    JsonNode node = stripped("[{\"a_plaintext\": \"s\", \"a\": \"r\"}, \"text\", 1, null]");

    assertThat(node).isEqualTo(Json.MAPPER.readTree("[{\"a\": \"r\"}, \"text\", 1, null]"));
  }

  @Test
  void aPlaintextFieldHoldingAnObjectIsRemovedWhole() {
    JsonNode node = stripped("{\"nested_plaintext\": {\"inner\": \"s\"}, \"keep\": true}");

    assertThat(node).isEqualTo(Json.MAPPER.readTree("{\"keep\": true}"));
  }

  @Test
  void onlyTheSuffixMatters() {
    JsonNode node =
        stripped(
            "{\"plaintext\": 1, \"plaintext_note\": 2, \"a_plaintext_b\": 3, \"_plaintext\": 4}");

    assertThat(node)
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"plaintext\": 1, \"plaintext_note\": 2, \"a_plaintext_b\": 3}"));
  }

  @Test
  void scalarsAndNullAreLeftAlone() {
    assertThatCode(() -> EndpointViews.stripPlaintext(null)).doesNotThrowAnyException();
    assertThat(stripped("\"x_plaintext\"")).isEqualTo(Json.MAPPER.readTree("\"x_plaintext\""));
    assertThat(stripped("42")).isEqualTo(Json.MAPPER.readTree("42"));
  }
}
