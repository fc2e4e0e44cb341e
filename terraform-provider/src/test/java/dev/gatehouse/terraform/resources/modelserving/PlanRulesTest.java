package dev.gatehouse.terraform.resources.modelserving;

import static dev.gatehouse.terraform.resources.modelserving.ModelServingMappingTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.resources.Resources;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans through the provider core, as Terraform asks for them, and plan-time validation. */
class PlanRulesTest {
  static final String TYPE = "gatehouse_model_serving";
  final ProviderCore core = new ProviderCore(Resources.registry(), Map.of());

  static String endpoint(String model, String task, String tags) {
    return """
        {"name":"chat","config":{"served_entities":[{"external_model":{"name":"%s",
          "provider":"openai","task":"%s","openai_config":{"openai_api_key":"{{secrets/s/k}}"}}}]},
         "tags":[%s]}
        """
        .formatted(model, task, tags);
  }

  /** The state after applying {@code json}: the server named the entity after its model. */
  static Value applied(String json) {
    Value state =
        config(json)
            .with("id", Value.string("chat"))
            .with("serving_endpoint_id", Value.string("e-1"));
    Value config = ModelServingState.first(state.get("config"));
    Value entity = config.get("served_entities").elements().get(0);
    entity = entity.with("name", Value.string("gpt-4o"));
    config = config.with("served_entities", Value.list(entity.type(), java.util.List.of(entity)));
    return state.with("config", Value.list(config.type(), java.util.List.of(config)));
  }

  @Test
  void aTaskChangeReplacesTheEndpoint() {
    Value prior = applied(endpoint("gpt-4o", "llm/v1/chat", ""));
    Value config = config(endpoint("text-embedding-3-small", "llm/v1/embeddings", ""));
    Result.Plan plan = core.plan(TYPE, prior, proposed(prior, config), config);
    assertThat(plan.requiresReplace())
        .containsExactly(
            AttributePath.of("config")
                .index(0)
                .attribute("served_entities")
                .index(0)
                .attribute("external_model")
                .index(0)
                .attribute("task"));
  }

  @Test
  void switchingFromAnExternalModelToAnotherModelReplacesTheEndpoint() {
    Value prior = applied(endpoint("gpt-4o", "llm/v1/chat", ""));
    Value config =
        config(
            """
            {"name":"chat","config":{"served_entities":[{"entity_name":"main.models.chat",
              "entity_version":"3"}]}}
            """);
    Result.Plan plan = core.plan(TYPE, prior, proposed(prior, config), config);
    assertThat(plan.requiresReplace())
        .containsExactly(AttributePath.of("config").index(0).attribute("served_entities"));
  }

  @Test
  void aModelChangeUpdatesInPlaceWithTheEntityNameUnknown() {
    Value prior = applied(endpoint("gpt-4o", "llm/v1/chat", ""));
    Value config = config(endpoint("gpt-4o-mini", "llm/v1/chat", ""));
    Result.Plan plan = core.plan(TYPE, prior, proposed(prior, config), config);
    assertThat(plan.requiresReplace()).isEmpty();
    Value entity =
        ModelServingState.first(plan.planned().get("config"))
            .get("served_entities")
            .elements()
            .get(0);
    assertThat(entity.get("name").isUnknown()).isTrue();
  }

  @Test
  void aTagChangeLeavesTheServedEntitiesAlone() {
    Value prior = applied(endpoint("gpt-4o", "llm/v1/chat", ""));
    Value config = config(endpoint("gpt-4o", "llm/v1/chat", "{\"key\":\"k\"}"));
    Result.Plan plan = core.plan(TYPE, prior, proposed(prior, config), config);
    assertThat(plan.requiresReplace()).isEmpty();
    assertThat(plan.planned().get("config")).isEqualTo(prior.get("config"));
  }

  @Test
  void droppingTheConfigIsRefusedAtPlan() {
    Value prior = applied(endpoint("gpt-4o", "llm/v1/chat", ""));
    Value config = prior.with("config", ModelServingBodies.nested("config").absent());
    Result.Plan plan = core.plan(TYPE, prior, config, config);
    assertThat(plan.diagnostics().all())
        .extracting(Diagnostic::summary)
        .containsExactly("A serving endpoint cannot drop its config");
  }

  @Test
  void theServersRulesPointAtTheHclArgument() {
    Value bad =
        config(
            endpoint("gpt-4o", "llm/v1/chat", "")
                .replace("{{secrets/s/k}}", "sk-live-key")
                .replace("\"provider\":\"openai\"", "\"provider\":\"openia\""));
    Diagnostics diagnostics = new Diagnostics();
    new ModelServingResource().validate(bad, diagnostics);
    AttributePath external =
        AttributePath.of("config")
            .index(0)
            .attribute("served_entities")
            .index(0)
            .attribute("external_model")
            .index(0);
    assertThat(diagnostics.all())
        .extracting(Diagnostic::path)
        .containsExactlyInAnyOrder(
            external.attribute("openai_config").index(0).attribute("openai_api_key"),
            external.attribute("provider"));
    assertThat(diagnostics.all().get(0).detail())
        .contains("config[0].served_entities[0].external_model[0].openai_config[0].openai_api_key")
        .contains("_plaintext");
  }

  @Test
  void unknownValuesAreLeftToTheServer() {
    Value unknown =
        config(endpoint("gpt-4o", "llm/v1/chat", ""))
            .with("description", Value.unknown(dev.gatehouse.terraform.framework.Type.STRING));
    Diagnostics diagnostics = new Diagnostics();
    new ModelServingResource()
        .validate(unknown.with("name", Value.string("bad name!")), diagnostics);
    assertThat(diagnostics.all()).isEmpty();
  }

  @Test
  void violationPathsMapToAttributePaths() {
    assertThat(ViolationPath.locate("$.ai_gateway.rate_limits[2].calls").path())
        .hasToString("ai_gateway[0].rate_limits[2].calls");
    assertThat(ViolationPath.locate("$.tags[3].key").path()).hasToString("tags");
    assertThat(ViolationPath.locate("$").path().steps()).isEmpty();
  }

  /** What Terraform proposes: the configuration, with computed attributes it leaves out kept. */
  static Value proposed(Value prior, Value config) {
    Value proposed =
        config
            .with("id", prior.get("id"))
            .with("serving_endpoint_id", prior.get("serving_endpoint_id"));
    Value priorEntity =
        ModelServingState.first(prior.get("config")).get("served_entities").elements().get(0);
    Value configured = ModelServingState.first(proposed.get("config"));
    Value entity = configured.get("served_entities").elements().get(0);
    if (entity.get("name").isNull()) {
      entity = entity.with("name", priorEntity.get("name"));
    }
    configured =
        configured.with("served_entities", Value.list(entity.type(), java.util.List.of(entity)));
    return proposed.with("config", Value.list(configured.type(), java.util.List.of(configured)));
  }
}
