package dev.gatehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The built-in catalog is data the server trusts at start-up, so it is checked like code. */
class CatalogTest {
  private static final String CHAT = "llm/v1/chat";
  private static final String COMPLETIONS = "llm/v1/completions";
  private static final String EMBEDDINGS = "llm/v1/embeddings";

  /**
   * The tasks each closed provider's API offers. Anthropic and AI21 have no embeddings API; palm is
   * retired, so no entry may name it.
   */
  private static final Map<String, Set<String>> TASKS_BY_PROVIDER =
      Map.of(
          "openai", Set.of(CHAT, COMPLETIONS, EMBEDDINGS),
          "anthropic", Set.of(CHAT, COMPLETIONS),
          "cohere", Set.of(CHAT, COMPLETIONS, EMBEDDINGS),
          "ai21labs", Set.of(CHAT, COMPLETIONS),
          "amazon-bedrock", Set.of(CHAT, COMPLETIONS, EMBEDDINGS),
          "google-cloud-vertex-ai", Set.of(CHAT, COMPLETIONS, EMBEDDINGS));

  private final JsonNode catalog = TestFiles.JSON.readTree(CatalogDocuments.builtInCatalog());

  @Test
  void builtInCatalogMatchesItsSchema() {
    assertThat(new SchemaValidator().validate(Schemas.MODEL_CATALOG, catalog)).isEmpty();
  }

  @Test
  void customAndDatabricksProvidersAreOpen() {
    List<String> open = new ArrayList<>();
    catalog.path("open_providers").forEach(p -> open.add(p.asString()));
    assertThat(open).containsExactlyInAnyOrder("custom", "databricks-model-serving");
  }

  @Test
  void everyEntryPairsAClosedProviderWithATaskItOffers() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode model : catalog.path("models")) {
      String provider = model.path("provider").asString();
      String task = model.path("task").asString();
      if (!TASKS_BY_PROVIDER.getOrDefault(provider, Set.of()).contains(task)) {
        wrong.add(provider + " / " + task + " / " + model.path("name").asString());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyClosedProviderHasChatModels() {
    Set<String> withChat = new HashSet<>();
    for (JsonNode model : catalog.path("models")) {
      if (model.path("task").asString().equals(CHAT)) {
        withChat.add(model.path("provider").asString());
      }
    }
    assertThat(withChat).containsExactlyInAnyOrderElementsOf(TASKS_BY_PROVIDER.keySet());
  }

  @Test
  void entriesAreUniqueAndDescribedOnOneLine() {
    Set<String> seen = new HashSet<>();
    for (JsonNode model : catalog.path("models")) {
      String key =
          model.path("provider").asString()
              + "|"
              + model.path("task").asString()
              + "|"
              + model.path("name").asString();
      assertThat(seen.add(key)).as("duplicate entry %s", key).isTrue();
      assertThat(model.path("description").asString())
          .as("description of %s", key)
          .isNotBlank()
          .doesNotContain("\n");
    }
  }
}
