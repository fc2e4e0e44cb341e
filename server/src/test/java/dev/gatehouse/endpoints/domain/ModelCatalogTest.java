package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {
  private static final String CHAT = "llm/v1/chat";
  private static final String EMBEDDINGS = "llm/v1/embeddings";

  private static CatalogModel model(String provider, String task, String name) {
    return new CatalogModel(provider, task, name, name + " description");
  }

  private final ModelCatalog small =
      new ModelCatalog(
          List.of(
              model("openai", CHAT, "gpt-4o-mini"),
              model("openai", EMBEDDINGS, "text-embedding-3-small"),
              model("anthropic", CHAT, "claude-sonnet-4-5"),
              model("openai", CHAT, "gpt-4o")),
          List.of("custom"));

  private final ModelCatalog builtIn = Fixtures.builtInCatalog();

  @Test
  void listWithoutFiltersHasEveryModelSortedByProviderTaskAndName() {
    assertThat(small.list(null, null))
        .extracting(m -> m.provider() + " " + m.task() + " " + m.name())
        .containsExactly(
            "anthropic llm/v1/chat claude-sonnet-4-5",
            "openai llm/v1/chat gpt-4o",
            "openai llm/v1/chat gpt-4o-mini",
            "openai llm/v1/embeddings text-embedding-3-small");
  }

  @Test
  void listFiltersByTask() {
    assertThat(small.list(Task.CHAT, null))
        .extracting(CatalogModel::name)
        .containsExactly("claude-sonnet-4-5", "gpt-4o", "gpt-4o-mini");
    assertThat(small.list(Task.COMPLETIONS, null)).isEmpty();
  }

  @Test
  void listFiltersByProvider() {
    assertThat(small.list(null, ProviderKind.OPENAI))
        .extracting(CatalogModel::name)
        .containsExactly("gpt-4o", "gpt-4o-mini", "text-embedding-3-small");
  }

  @Test
  void listFiltersByTaskAndProvider() {
    assertThat(small.list(Task.EMBEDDINGS, ProviderKind.OPENAI))
        .extracting(CatalogModel::name)
        .containsExactly("text-embedding-3-small");
    assertThat(small.list(Task.EMBEDDINGS, ProviderKind.ANTHROPIC)).isEmpty();
  }

  @Test
  void theBuiltInCatalogListsOnlyTheRequestedTaskAndProvider() {
    List<CatalogModel> bedrockChat = builtIn.list(Task.CHAT, ProviderKind.AMAZON_BEDROCK);

    assertThat(bedrockChat).isNotEmpty();
    assertThat(bedrockChat)
        .allSatisfy(
            m -> {
              assertThat(m.provider()).isEqualTo("amazon-bedrock");
              assertThat(m.task()).isEqualTo(CHAT);
            });
    assertThat(bedrockChat)
        .extracting(CatalogModel::name)
        .contains("anthropic.claude-3-5-sonnet-20240620-v1:0");
  }

  @Test
  void openProvidersAreOpenAndOthersAreNot() {
    assertThat(small.isOpen(ProviderKind.CUSTOM)).isTrue();
    assertThat(small.isOpen(ProviderKind.OPENAI)).isFalse();
    assertThat(small.openProviders()).containsExactly("custom");
  }

  @Test
  void theBuiltInOpenProvidersAreCustomAndDatabricksModelServing() {
    assertThat(builtIn.openProviders())
        .containsExactlyInAnyOrder("custom", "databricks-model-serving");
    assertThat(builtIn.isOpen(ProviderKind.DATABRICKS_MODEL_SERVING)).isTrue();
    assertThat(builtIn.isOpen(ProviderKind.ANTHROPIC)).isFalse();
  }

  @Test
  void duplicateEntriesAreKeptOnce() {
    ModelCatalog catalog =
        new ModelCatalog(
            List.of(model("openai", CHAT, "gpt-4o"), model("openai", CHAT, "gpt-4o")), List.of());

    assertThat(catalog.list(null, null)).hasSize(1);
  }

  @Test
  void theSameNameForAnotherTaskOrProviderIsADifferentEntry() {
    ModelCatalog catalog =
        new ModelCatalog(
            List.of(
                model("openai", CHAT, "m"),
                model("openai", EMBEDDINGS, "m"),
                model("cohere", CHAT, "m")),
            List.of());

    assertThat(catalog.list(null, null)).hasSize(3);
  }

  @Test
  void plusMergesModelsAndOpenProviders() {
    ModelCatalog extra =
        new ModelCatalog(
            List.of(model("openai", CHAT, "gpt-5-pro"), model("cohere", CHAT, "command-a")),
            List.of("databricks-model-serving"));

    ModelCatalog merged = small.plus(extra);

    assertThat(merged.list(Task.CHAT, ProviderKind.OPENAI))
        .extracting(CatalogModel::name)
        .containsExactly("gpt-4o", "gpt-4o-mini", "gpt-5-pro");
    assertThat(merged.list(null, ProviderKind.COHERE))
        .extracting(CatalogModel::name)
        .containsExactly("command-a");
    assertThat(merged.openProviders())
        .containsExactlyInAnyOrder("custom", "databricks-model-serving");
  }

  @Test
  void plusDeduplicatesModelsAndOpenProviders() {
    ModelCatalog extra =
        new ModelCatalog(
            List.of(
                new CatalogModel("openai", CHAT, "gpt-4o", "again"),
                model("openai", CHAT, "gpt-5-pro")),
            List.of("custom"));

    ModelCatalog merged = small.plus(extra);

    assertThat(merged.list(null, null))
        .extracting(CatalogModel::name)
        .containsExactly(
            "claude-sonnet-4-5", "gpt-4o", "gpt-4o-mini", "gpt-5-pro", "text-embedding-3-small");
    assertThat(merged.openProviders()).containsExactly("custom");
  }

  @Test
  void plusLeavesBothCatalogsUnchanged() {
    ModelCatalog extra = new ModelCatalog(List.of(model("openai", CHAT, "gpt-5-pro")), List.of());

    small.plus(extra);

    assertThat(small.list(null, null)).hasSize(4);
    assertThat(extra.list(null, null)).hasSize(1);
    assertThat(extra.openProviders()).isEmpty();
  }

  @Test
  void aSanctionedModelIsAccepted() {
    assertThatCode(() -> small.requireSanctioned(ProviderKind.OPENAI, Task.CHAT, "gpt-4o", "p"))
        .doesNotThrowAnyException();
  }

  @Test
  void anyModelIsAcceptedOnAnOpenProvider() {
    assertThatCode(
            () ->
                small.requireSanctioned(
                    ProviderKind.CUSTOM, Task.EMBEDDINGS, "whatever/model:1", "p"))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnsanctionedModelIsRefusedListingTheAllowedOnes() {
    assertThatThrownBy(
            () -> small.requireSanctioned(ProviderKind.OPENAI, Task.CHAT, "gpt-3", "x.name"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "x.name: model 'gpt-3' is not sanctioned for provider 'openai' and task"
                + " 'llm/v1/chat'. Allowed: gpt-4o, gpt-4o-mini.");
  }

  @Test
  void aModelSanctionedForAnotherTaskIsRefused() {
    assertThatThrownBy(
            () -> small.requireSanctioned(ProviderKind.OPENAI, Task.EMBEDDINGS, "gpt-4o", "x.name"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "x.name: model 'gpt-4o' is not sanctioned for provider 'openai' and task"
                + " 'llm/v1/embeddings'. Allowed: text-embedding-3-small.");
  }

  @Test
  void modelNamesMatchExactly() {
    assertThatThrownBy(
            () -> small.requireSanctioned(ProviderKind.OPENAI, Task.CHAT, "GPT-4o", "x.name"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("x.name: model 'GPT-4o' is not sanctioned");
  }

  @Test
  void aProviderWithoutModelsForTheTaskSaysSo() {
    assertThatThrownBy(
            () ->
                small.requireSanctioned(
                    ProviderKind.ANTHROPIC, Task.EMBEDDINGS, "claude-sonnet-4-5", "x.name"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "x.name: model 'claude-sonnet-4-5' is not sanctioned for provider 'anthropic' and task"
                + " 'llm/v1/embeddings'. Allowed: none: provider 'anthropic' offers no sanctioned"
                + " model for this task.");
  }
}
