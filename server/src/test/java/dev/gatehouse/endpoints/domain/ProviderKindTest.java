package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderKindTest {
  private static final String ALLOWED =
      "ai21labs, amazon-bedrock, anthropic, cohere, custom, databricks-model-serving,"
          + " google-cloud-vertex-ai, openai";

  @ParameterizedTest
  @CsvSource({
    "ai21labs, ai21labs_config",
    "amazon-bedrock, amazon_bedrock_config",
    "anthropic, anthropic_config",
    "cohere, cohere_config",
    "custom, custom_provider_config",
    "databricks-model-serving, databricks_model_serving_config",
    "google-cloud-vertex-ai, google_cloud_vertex_ai_config",
    "openai, openai_config",
    "palm, palm_config"
  })
  void eachProviderHasItsWireNameAndConfigBlock(String wire, String block) {
    ProviderKind provider = ProviderKind.fromWire(wire);

    assertThat(provider.wire()).isEqualTo(wire);
    assertThat(provider.configBlock()).isEqualTo(block);
  }

  @ParameterizedTest
  @EnumSource(ProviderKind.class)
  void fromWireReadsEveryWireName(ProviderKind provider) {
    assertThat(ProviderKind.fromWire(provider.wire())).isSameAs(provider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"azure", "OpenAI", "amazon_bedrock", "bedrock", "vertex", ""})
  void anUnknownProviderIsRefusedListingTheAllowedOnes(String value) {
    assertThatThrownBy(() -> ProviderKind.fromWire(value))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Unknown provider '" + value + "'; use one of: " + ALLOWED + ".");
  }

  @Test
  void palmIsNotListedAsAllowed() {
    assertThat(ProviderKind.allowed()).isEqualTo(ALLOWED).doesNotContain("palm");
  }

  @Test
  void palmStillParsesSoItCanBeRefusedAsRetired() {
    assertThat(ProviderKind.fromWire("palm")).isSameAs(ProviderKind.PALM);
  }
}
