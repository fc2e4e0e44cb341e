package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.schema.CatalogDocuments;
import org.junit.jupiter.api.Test;

class ModelCatalogProviderTest {

  @Test
  void theBuiltInCatalogParses() {
    ModelCatalog catalog =
        ModelCatalogProvider.parse(CatalogDocuments.builtInCatalog(), "the built-in catalog");

    assertThat(catalog.list(Task.CHAT, ProviderKind.OPENAI))
        .extracting(CatalogModel::name)
        .contains("gpt-4o");
    assertThat(catalog.list(null, ProviderKind.PALM)).isEmpty();
  }

  @Test
  void aCatalogWithoutOpenProvidersHasNone() {
    ModelCatalog catalog =
        ModelCatalogProvider.parse(
            "{\"models\": [{\"provider\": \"openai\", \"task\": \"llm/v1/chat\","
                + " \"name\": \"gpt-4o\"}]}",
            "extra.json");

    assertThat(catalog.openProviders()).isEmpty();
    assertThat(catalog.list(null, null))
        .containsExactly(new CatalogModel("openai", "llm/v1/chat", "gpt-4o", null));
  }

  @Test
  void anInvalidCatalogIsRejectedNamingTheSourceAndTheProblem() {
    String document =
        "{\"models\": [{\"provider\": \"openai\", \"task\": \"llm/v1/chat\", \"name\": \"ok\"},"
            + " {\"provider\": \"openai\", \"task\": \"llm/v1/chat\"}]}";

    assertThatThrownBy(() -> ModelCatalogProvider.parse(document, "/etc/gatehouse/extra.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Invalid model catalog /etc/gatehouse/extra.json: ")
        .hasMessageContaining("$.models[1].name");
  }

  @Test
  void anUnknownProviderInTheCatalogIsRejected() {
    String document =
        "{\"models\": [{\"provider\": \"openia\", \"task\": \"llm/v1/chat\", \"name\": \"x\"}]}";

    assertThatThrownBy(() -> ModelCatalogProvider.parse(document, "extra.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Invalid model catalog extra.json: ")
        .hasMessageContaining("$.models[0].provider");
  }

  @Test
  void aCatalogWithoutModelsIsRejected() {
    assertThatThrownBy(
            () -> ModelCatalogProvider.parse("{\"open_providers\": [\"custom\"]}", "extra.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Invalid model catalog extra.json: ")
        .hasMessageContaining("models");
  }

  @Test
  void aCatalogThatIsNotJsonIsRejectedNamingTheSource() {
    // A broken extra file must stop start-up with a message naming the file.
    assertThatThrownBy(() -> ModelCatalogProvider.parse("{\"models\": [", "extra.json"))
        .hasMessageContaining("extra.json");
  }
}
