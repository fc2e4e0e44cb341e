package dev.gatehouse.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.providers.bedrock.BedrockAdapter;
import dev.gatehouse.providers.custom.CustomProviderAdapter;
import dev.gatehouse.providers.databricks.DatabricksModelServingAdapter;
import dev.gatehouse.providers.openai.OpenAiAdapter;
import dev.gatehouse.providers.vertex.VertexAdapter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

  @Test
  void findsEachProvidersAdapter() {
    ProviderRegistry registry =
        ProviderRegistry.of(
            List.of(
                new OpenAiAdapter(),
                new CustomProviderAdapter(),
                new DatabricksModelServingAdapter(),
                new VertexAdapter(Optional.empty()),
                new BedrockAdapter(Optional.empty(), Optional.empty())));

    assertThat(registry.adapterFor(ProviderKind.CUSTOM)).isInstanceOf(CustomProviderAdapter.class);
    assertThat(registry.adapterFor(ProviderKind.GOOGLE_CLOUD_VERTEX_AI))
        .isInstanceOf(VertexAdapter.class);
    assertThat(registry.supports(ProviderKind.OPENAI)).isTrue();
    assertThat(registry.adapterFor(ProviderKind.AMAZON_BEDROCK)).isInstanceOf(BedrockAdapter.class);
  }

  @Test
  void twoAdaptersForOneProviderAreRefused() {
    assertThatThrownBy(() -> ProviderRegistry.of(List.of(new OpenAiAdapter(), new OpenAiAdapter())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Two adapters for provider openai");
  }

  @Test
  void aProviderWithoutAdapterIsNotSupportedYet() {
    ProviderRegistry registry = ProviderRegistry.of(List.of(new OpenAiAdapter()));

    assertThatThrownBy(() -> registry.adapterFor(ProviderKind.COHERE))
        .isInstanceOf(ProviderNotSupportedException.class)
        .hasMessageStartingWith("Provider cohere is not supported yet");
  }
}
