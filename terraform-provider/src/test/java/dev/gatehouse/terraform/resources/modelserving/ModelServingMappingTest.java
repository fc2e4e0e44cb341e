package dev.gatehouse.terraform.resources.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.client.EndpointsApi.Tag;
import dev.gatehouse.terraform.framework.ApiJson;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HCL configuration to request bodies, and API answers back to state. */
class ModelServingMappingTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** A configuration shaped like its create body (a JSON object is a block of one element). */
  static Value config(String json) {
    return ApiJson.fromJson(JSON.readTree(json), ModelServingSchema.BLOCK);
  }

  static final String CONFIG =
      """
      {"name":"chat",
       "config":{"served_entities":[
         {"name":"b","external_model":{"name":"gpt-4o","provider":"openai","task":"llm/v1/chat",
           "openai_config":{"openai_api_key_plaintext":"sk-b"}}},
         {"name":"a","external_model":{"name":"gpt-4o-mini","provider":"openai","task":"llm/v1/chat",
           "openai_config":{"openai_api_key":"{{secrets/llm/k}}"}}}],
         "traffic_config":{"routes":[{"served_entity_name":"b","traffic_percentage":60},
                                     {"served_entity_name":"a","traffic_percentage":40}]}},
       "tags":[{"key":"team","value":"ml"},{"key":"solo"}],
       "ai_gateway":{"rate_limits":[{"calls":0,"key":"user","renewal_period":"minute"},
                                    {"tokens":0,"key":"endpoint","renewal_period":"minute"}],
                     "fallback_config":{"enabled":false}},
       "rate_limits":[{"calls":0,"key":"endpoint","renewal_period":"minute"}]}
      """;

  /** What GET answers for it: entities and tags reordered, no plaintext, server defaults. */
  static final String ANSWER =
      """
      {"name":"chat","id":"e-123","description":"","route_optimized":false,
       "state":{"ready":"READY","config_update":"NOT_UPDATING"},
       "config":{"config_version":1,"served_entities":[
         {"name":"a","external_model":{"name":"gpt-4o-mini","provider":"openai","task":"llm/v1/chat",
           "openai_config":{"openai_api_key":"{{secrets/llm/k}}"}}},
         {"name":"b","external_model":{"name":"gpt-4o","provider":"openai","task":"llm/v1/chat",
           "openai_config":{}}}],
         "traffic_config":{"routes":[
           {"served_entity_name":"b","served_model_name":"b","traffic_percentage":60},
           {"served_entity_name":"a","served_model_name":"a","traffic_percentage":40}]}},
       "tags":[{"key":"solo"},{"key":"team","value":"ml"}],
       "ai_gateway":{"rate_limits":[{"calls":0,"key":"user","renewal_period":"minute"},
                                    {"tokens":0,"key":"endpoint","renewal_period":"minute"}],
                     "fallback_config":{"enabled":false}}}
      """;

  @Test
  void zeroLimitsAndFalseFlagsAreSentAndTheComputedPartsAreNot() {
    JsonNode body = ModelServingBodies.create(config(CONFIG));
    assertThat(body.path("ai_gateway").path("rate_limits").path(0).path("calls").asInt(-1))
        .isZero();
    assertThat(body.path("ai_gateway").path("rate_limits").path(1).path("tokens").asInt(-1))
        .isZero();
    assertThat(body.path("ai_gateway").path("fallback_config").path("enabled").isBoolean())
        .isTrue();
    assertThat(body.path("rate_limits").path(0).path("calls").asInt(-1)).isZero();
    assertThat(body.has("id")).isFalse();
    assertThat(body.has("serving_endpoint_id")).isFalse();
    assertThat(body.has("timeouts")).isFalse();
    assertThat(body.path("config").path("served_entities").path(0).path("name").asString())
        .isEqualTo("b");
  }

  @Test
  void eachPartHasItsOwnBody() {
    Value value = config(CONFIG);
    assertThat(ModelServingBodies.config(value).path("served_entities").size()).isEqualTo(2);
    assertThat(ModelServingBodies.aiGateway(value).has("rate_limits")).isTrue();
    assertThat(ModelServingBodies.rateLimits(value).toString())
        .isEqualTo(
            "{\"rate_limits\":[{\"calls\":0,\"key\":\"endpoint\",\"renewal_period\":\"minute\"}]}");
    assertThat(ModelServingBodies.tags(value))
        .containsExactlyInAnyOrder(new Tag("team", "ml"), new Tag("solo", null));
    Value withoutGateway =
        value.with("ai_gateway", ModelServingBodies.nested("ai_gateway").absent());
    assertThat(ModelServingBodies.aiGateway(withoutGateway).toString()).isEqualTo("{}");
  }

  @Test
  void readingBackGivesTheConfiguredValueExactly() {
    Value configured = config(CONFIG);
    Value state = ModelServingState.of(JSON.readTree(ANSWER), configured);
    assertThat(state.getString("id")).isEqualTo("chat");
    assertThat(state.getString("serving_endpoint_id")).isEqualTo("e-123");
    Value expected =
        configured
            .with("id", Value.string("chat"))
            .with("serving_endpoint_id", Value.string("e-123"));
    assertThat(state.get("config")).isEqualTo(expected.get("config"));
    assertThat(state.get("tags")).isEqualTo(expected.get("tags"));
    assertThat(state.get("ai_gateway")).isEqualTo(expected.get("ai_gateway"));
    assertThat(state.get("rate_limits")).isEqualTo(expected.get("rate_limits"));
    assertThat(state).isEqualTo(expected);
  }

  @Test
  void plaintextComesFromThePriorStateAndEntitiesKeepTheirConfiguredOrder() {
    Value state = ModelServingState.of(JSON.readTree(ANSWER), config(CONFIG));
    List<Value> entities =
        ModelServingState.first(state.get("config")).get("served_entities").elements();
    assertThat(entities).extracting(e -> e.getString("name")).containsExactly("b", "a");
    Value openai =
        ModelServingState.first(
            ModelServingState.first(entities.get(0).get("external_model")).get("openai_config"));
    assertThat(openai.getString("openai_api_key_plaintext")).isEqualTo("sk-b");
  }

  @Test
  void anImportShowsWhatTheServerHasWithoutItsDefaults() {
    Value imported =
        ModelServingState.of(
            JSON.readTree(
                """
                {"name":"solo","id":"e-1","description":"","route_optimized":false,
                 "config":{"served_entities":[{"name":"m","external_model":{"name":"m",
                   "provider":"openai","task":"llm/v1/chat","openai_config":{}}}],
                   "traffic_config":{"routes":[{"served_entity_name":"m","served_model_name":"m",
                     "traffic_percentage":100}]}},
                 "ai_gateway":{}}
                """),
            new ModelServingResource().importState("solo", null));
    assertThat(imported.get("description").isNull()).isTrue();
    assertThat(imported.get("route_optimized").isNull()).isTrue();
    assertThat(imported.get("ai_gateway").elements()).isEmpty();
    Value config = ModelServingState.first(imported.get("config"));
    assertThat(config.get("traffic_config").elements()).isEmpty();
    assertThat(config.get("served_entities").elements()).hasSize(1);
  }

  @Test
  void aTagDiffDeletesWhatWentAndAddsWhatIsNewOrChanged() {
    TagDiff diff =
        TagDiff.between(
            List.of(new Tag("team", "ml"), new Tag("env", "dev"), new Tag("same", null)),
            List.of(new Tag("env", "prod"), new Tag("same", null), new Tag("owner", "ana")));
    assertThat(diff.delete()).containsExactly("team");
    assertThat(diff.add()).containsExactly(new Tag("env", "prod"), new Tag("owner", "ana"));
  }
}
