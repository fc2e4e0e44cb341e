package dev.gatehouse.endpoints.domain;

import static dev.gatehouse.endpoints.domain.Fixtures.chatEntity;
import static dev.gatehouse.endpoints.domain.Fixtures.config;
import static dev.gatehouse.endpoints.domain.Fixtures.externalEntity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigRulesTest {
  private static final EndpointName EP = new EndpointName("ep");
  private static final EndpointKind EXTERNAL_CHAT = new EndpointKind(Task.CHAT, true);
  private static final EndpointKind HOSTED_CHAT = new EndpointKind(Task.CHAT, false);
  private static final String HOSTED_ENTITY =
      "{\"name\": \"hosted\", \"entity_name\": \"main.models.m\", \"entity_version\": \"1\"}";

  private final ConfigRules rules = new ConfigRules(Fixtures.builtInCatalog());

  private EndpointConfig normalizeNew(String json) {
    return rules.normalize(EP, EndpointKind.NEW, config(json), "config");
  }

  private static String entities(String... entities) {
    return "{\"served_entities\": [" + String.join(", ", entities) + "]}";
  }

  // --- shape -------------------------------------------------------------------------------

  @Test
  void servedEntitiesAndServedModelsCannotBothBeSet() {
    String json =
        "{\"served_entities\": ["
            + chatEntity("chat")
            + "], \"served_models\": [{\"model_name\": \"m\", \"model_version\": \"1\"}]}";

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_entities and config.served_models cannot both be set; use"
                + " served_entities.");
  }

  @Test
  void aConfigWithoutServedEntitiesOrServedModelsIsRefused() {
    assertThatThrownBy(() -> normalizeNew("{}"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("config.served_entities is required: a config serves at least one entity.");
  }

  @Test
  void emptyServedEntitiesCountAsNone() {
    assertThatThrownBy(() -> normalizeNew("{\"served_entities\": [], \"served_models\": []}"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("config.served_entities is required: a config serves at least one entity.");
  }

  // --- conversion ----------------------------------------------------------------------------

  @Test
  void anExternalEndpointCannotBeConvertedToANonExternalConfig() {
    assertThatThrownBy(
            () -> rules.normalize(EP, EXTERNAL_CHAT, config(entities(HOSTED_ENTITY)), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Serving endpoint 'ep' serves an external model and cannot be converted to a config"
                + " without external_model. Create a new endpoint instead.");
  }

  @Test
  void anExternalEndpointCannotBeConvertedToServedModels() {
    String json = "{\"served_models\": [{\"model_name\": \"m\", \"model_version\": \"1\"}]}";

    assertThatThrownBy(() -> rules.normalize(EP, EXTERNAL_CHAT, config(json), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Serving endpoint 'ep' serves an external model and cannot be converted to a config"
                + " without external_model. Create a new endpoint instead.");
  }

  @Test
  void aNonExternalEndpointCannotBeConvertedToAnExternalConfig() {
    assertThatThrownBy(
            () -> rules.normalize(EP, HOSTED_CHAT, config(entities(chatEntity("chat"))), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Serving endpoint 'ep' does not serve an external model and cannot be converted to"
                + " one. Create a new endpoint instead.");
  }

  @Test
  void theConversionMessageWinsOverTheNotServedYetMessage() {
    // A non-external config is refused as "not served yet" on its own; on an external endpoint
    // the user must hear first that no edit of the config can ever make it acceptable.
    assertThatThrownBy(
            () -> rules.normalize(EP, EXTERNAL_CHAT, config(entities(HOSTED_ENTITY)), "config"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Serving endpoint 'ep' serves an external model")
        .hasMessageNotContaining("not served yet");
  }

  @Test
  void aMixedConfigOnAnExternalEndpointIsAConversion() {
    String json = entities(chatEntity("chat"), HOSTED_ENTITY);

    assertThatThrownBy(() -> rules.normalize(EP, EXTERNAL_CHAT, config(json), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Serving endpoint 'ep' serves an external model");
  }

  // --- hosted models are not served ------------------------------------------------------------

  @Test
  void aNonExternalConfigOnANewEndpointIsNotServedYet() {
    assertThatThrownBy(() -> normalizeNew(entities(HOSTED_ENTITY)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_entities: models hosted by Gatehouse itself (entity_name/entity_version,"
                + " served_models) are not served yet; serve an external model with"
                + " external_model instead.");
  }

  @Test
  void servedModelsAreNotServedYet() {
    String json = "{\"served_models\": [{\"model_name\": \"m\", \"model_version\": \"1\"}]}";

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_models: models hosted by Gatehouse itself (entity_name/entity_version,"
                + " served_models) are not served yet; serve an external model with"
                + " external_model instead.");
  }

  @Test
  void aNonExternalConfigOnANonExternalEndpointIsNotServedYet() {
    assertThatThrownBy(() -> rules.normalize(EP, HOSTED_CHAT, config(entities(HOSTED_ENTITY)), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("served_entities: models hosted by Gatehouse itself");
  }

  // --- external entity shape -----------------------------------------------------------------

  @Test
  void anExternalEndpointHasExactlyOneServedEntity() {
    String json =
        entities(
            chatEntity("a"), externalEntity("b", "claude-sonnet-4-5", "anthropic", "llm/v1/chat"));

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_entities: an endpoint with an external_model has exactly one served"
                + " entity; this config has 2. Create one endpoint per external model.");
  }

  @Test
  void anExternalEntityWithComputeFieldsIsRefusedNamingThem() {
    String json =
        entities(
            "{\"name\": \"chat\", \"workload_size\": \"Small\", \"entity_name\": \"m\","
                + " \"external_model\": {\"name\": \"gpt-4o\", \"provider\": \"openai\","
                + " \"task\": \"llm/v1/chat\", \"openai_config\": "
                + Fixtures.OPENAI_KEY
                + "}}");

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_entities[0]: external_model cannot be combined with entity_name,"
                + " workload_size; an external model needs no compute settings, remove them.");
  }

  @Test
  void scaleToZeroEnabledIsAcceptedAndDropped() {
    String json =
        entities(
            "{\"name\": \"chat\", \"scale_to_zero_enabled\": true,"
                + " \"external_model\": {\"name\": \"gpt-4o\", \"provider\": \"openai\","
                + " \"task\": \"llm/v1/chat\", \"openai_config\": "
                + Fixtures.OPENAI_KEY
                + "}}");

    EndpointConfig normalized = normalizeNew(json);

    ServedEntity entity = normalized.servedEntities().get(0);
    assertThat(entity.scaleToZeroEnabled()).isNull();
    assertThat(entity.name()).isEqualTo("chat");
    assertThat(entity.externalModel().name()).isEqualTo("gpt-4o");
    assertThat(normalized.servedModels()).isNull();
  }

  @Test
  void providerSettingsAreCheckedWithTheEntityPath() {
    String json =
        entities(
            "{\"name\": \"chat\", \"external_model\": {\"name\": \"gpt-4o\", \"provider\":"
                + " \"openai\", \"task\": \"llm/v1/chat\"}}");

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_entities[0].external_model.openai_config is required for provider"
                + " 'openai'.");
  }

  // --- task and catalog ----------------------------------------------------------------------

  @Test
  void theTaskOfAnEndpointCannotChange() {
    String json =
        entities(externalEntity("emb", "text-embedding-3-small", "openai", "llm/v1/embeddings"));

    assertThatThrownBy(() -> rules.normalize(EP, EXTERNAL_CHAT, config(json), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Serving endpoint 'ep' has task 'llm/v1/chat', fixed at creation; a config with task"
                + " 'llm/v1/embeddings' cannot be applied. Create a new endpoint for that task.");
  }

  @Test
  void aConfigWithTheSameTaskIsAcceptedOnAnExistingEndpoint() {
    EndpointConfig normalized =
        rules.normalize(EP, EXTERNAL_CHAT, config(entities(chatEntity("chat"))), "");

    assertThat(normalized.servedEntities()).extracting(ServedEntity::name).containsExactly("chat");
  }

  @Test
  void aModelOutsideTheCatalogIsRefusedListingTheAllowedModels() {
    String json = entities(externalEntity("emb", "gpt-4o", "openai", "llm/v1/embeddings"));

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.served_entities[0].external_model.name: model 'gpt-4o' is not sanctioned for"
                + " provider 'openai' and task 'llm/v1/embeddings'. Allowed:"
                + " text-embedding-3-large, text-embedding-3-small, text-embedding-ada-002.");
  }

  @Test
  void aCustomProviderAcceptsAnyModelName() {
    String json = entities(externalEntity("mine", "my-fine-tune-v7", "custom", "llm/v1/chat"));

    EndpointConfig normalized = normalizeNew(json);

    assertThat(normalized.servedEntities().get(0).externalModel().name())
        .isEqualTo("my-fine-tune-v7");
  }

  // --- defaults --------------------------------------------------------------------------------

  @Test
  void theDefaultServedEntityNameReplacesDotsAndColons() {
    String json =
        entities(
            externalEntity(
                null,
                "anthropic.claude-3-5-sonnet-20240620-v1:0",
                "amazon-bedrock",
                "llm/v1/chat"));

    EndpointConfig normalized = normalizeNew(json);

    assertThat(normalized.servedEntities().get(0).name())
        .isEqualTo("anthropic-claude-3-5-sonnet-20240620-v1-0");
  }

  /**
   * The derived name is echoed as served_entities[].name, which the published response schema
   * restricts to served_entity_name (letters, digits, '.', '-', '_', at most 63 characters), and it
   * is a path segment of the per-entity URLs. Open providers accept any model name, so a derived
   * name must still be valid, or the config refused asking for an explicit name.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "meta-llama/Llama-3.1-8B-Instruct",
        "models/gemma 2 9b",
        "a-very-long-model-identifier-from-an-internal-registry-that-exceeds-the-limit"
      })
  void aDerivedServedEntityNameIsAValidNameOrTheConfigIsRefused(String model) {
    String json = entities(externalEntity(null, model, "custom", "llm/v1/chat"));

    EndpointConfig normalized;
    try {
      normalized = normalizeNew(json);
    } catch (InvalidParameterException refused) {
      assertThat(refused).hasMessageContaining("name");
      return;
    }
    assertThat(normalized.servedEntities().get(0).name()).matches("[A-Za-z0-9_.-]{1,63}");
  }

  @Test
  void theDefaultTrafficConfigRoutesEverythingToTheOnlyEntity() {
    EndpointConfig normalized = normalizeNew(entities(chatEntity(null)));

    assertThat(normalized.trafficConfig().routes())
        .containsExactly(new TrafficConfig.Route("gpt-4o", "gpt-4o", 100));
  }

  @Test
  void anEmptyRouteListGetsTheDefaultTrafficConfig() {
    String json =
        "{\"served_entities\": [" + chatEntity("chat") + "], \"traffic_config\": {\"routes\": []}}";

    EndpointConfig normalized = normalizeNew(json);

    assertThat(normalized.trafficConfig().routes())
        .containsExactly(new TrafficConfig.Route("chat", "chat", 100));
  }

  // --- explicit traffic config ---------------------------------------------------------------

  private static String withRoutes(String routes) {
    return "{\"served_entities\": ["
        + chatEntity("chat")
        + "], \"traffic_config\": {\"routes\": ["
        + routes
        + "]}}";
  }

  @Test
  void anExplicitRouteIsNormalizedToCarryBothNames() {
    EndpointConfig normalized =
        normalizeNew(withRoutes("{\"served_model_name\": \"chat\", \"traffic_percentage\": 100}"));

    assertThat(normalized.trafficConfig().routes())
        .containsExactly(new TrafficConfig.Route("chat", "chat", 100));
  }

  @Test
  void aRouteToAnUnknownEntityIsRefused() {
    String json = withRoutes("{\"served_entity_name\": \"other\", \"traffic_percentage\": 100}");

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.traffic_config.routes[0].served_entity_name 'other' is not a served entity of"
                + " this config; known: chat.");
  }

  @Test
  void aRouteWithoutTargetIsRefused() {
    assertThatThrownBy(() -> normalizeNew(withRoutes("{\"traffic_percentage\": 100}")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("config.traffic_config.routes[0].served_entity_name is required.");
  }

  @Test
  void aRouteWhoseTwoNamesDisagreeIsRefused() {
    String json =
        withRoutes(
            "{\"served_entity_name\": \"chat\", \"served_model_name\": \"other\","
                + " \"traffic_percentage\": 100}");

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.traffic_config.routes[0]: served_entity_name and served_model_name name"
                + " different entities.");
  }

  @Test
  void trafficPercentagesMustAddUpTo100() {
    String json = withRoutes("{\"served_entity_name\": \"chat\", \"traffic_percentage\": 60}");

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "config.traffic_config: traffic percentages add up to 60; they must add up to 100.");
  }

  @Test
  void aRouteNamingAnEntityTwiceIsRefused() {
    String json =
        withRoutes(
            "{\"served_entity_name\": \"chat\", \"traffic_percentage\": 50},"
                + " {\"served_model_name\": \"chat\", \"traffic_percentage\": 50}");

    assertThatThrownBy(() -> normalizeNew(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("config.traffic_config.routes[1]: entity 'chat' is routed twice.");
  }

  // --- message paths ---------------------------------------------------------------------------

  @Test
  void messagesOnAConfigUpdateHaveNoPrefix() {
    assertThatThrownBy(() -> rules.normalize(EP, EndpointKind.NEW, config("{}"), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("served_entities is required: a config serves at least one entity.");

    String both =
        "{\"served_entities\": ["
            + chatEntity("chat")
            + "], \"served_models\": [{\"model_name\": \"m\", \"model_version\": \"1\"}]}";
    assertThatThrownBy(() -> rules.normalize(EP, EndpointKind.NEW, config(both), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("served_entities and served_models cannot both be set; use served_entities.");

    String unknownModel = entities(externalEntity("emb", "gpt-4o", "openai", "llm/v1/embeddings"));
    assertThatThrownBy(() -> rules.normalize(EP, EndpointKind.NEW, config(unknownModel), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("served_entities[0].external_model.name: model 'gpt-4o'");

    String badTraffic = withRoutes("{\"served_entity_name\": \"chat\", \"traffic_percentage\": 1}");
    assertThatThrownBy(() -> rules.normalize(EP, EndpointKind.NEW, config(badTraffic), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("traffic_config: traffic percentages add up to 1;");
  }

  @Test
  void messagesOnCreatePointIntoTheConfigMember() {
    String badTraffic =
        withRoutes("{\"served_entity_name\": \"nope\", \"traffic_percentage\": 100}");

    assertThatThrownBy(() -> normalizeNew(badTraffic))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("config.traffic_config.routes[0].served_entity_name 'nope'");
  }
}
