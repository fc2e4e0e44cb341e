package dev.gatehouse.endpoints.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.ConfigVersionPage;
import dev.gatehouse.endpoints.domain.EndpointConfigVersion;
import dev.gatehouse.endpoints.domain.VersionStatus;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConfigVersionViewsTest {
  /** A config as a version stores it: a managed plaintext key kept as a reference in its field. */
  private static final String STORED =
      """
      {"served_entities":[{"name":"main","external_model":{"name":"gpt-4o","provider":"openai",
        "task":"llm/v1/chat","openai_config":{"openai_api_key_plaintext":
        "{{secrets/gatehouse-managed/ep.v2.e0.openai_config.openai_api_key}}"}}}],
       "traffic_config":{"routes":[{"served_entity_name":"main","served_model_name":"main",
        "traffic_percentage":100}]}}""";

  private static JsonNode wire(EndpointConfigVersion... versions) {
    return Json.MAPPER.valueToTree(
        ConfigVersionViews.Page.of(new ConfigVersionPage("chat", List.of(versions), null)));
  }

  @Test
  void aFailedVersionShowsItsReasonAndItsConfigWithoutPlaintextFieldsOrState() {
    EndpointConfigVersion failed = new EndpointConfigVersion("ep", 2, STORED, "ana", 1000);
    failed.finish(VersionStatus.FAILED, "provider unreachable", 1500);

    JsonNode version = wire(failed).path("config_versions").get(0);

    assertThat(version.path("config_version").asInt()).isEqualTo(2);
    assertThat(version.path("status").asString()).isEqualTo("FAILED");
    assertThat(version.path("created_by").asString()).isEqualTo("ana");
    assertThat(version.path("start_time").asLong()).isEqualTo(1000);
    assertThat(version.path("finished_at").asLong()).isEqualTo(1500);
    assertThat(version.path("message").asString()).isEqualTo("provider unreachable");
    JsonNode entity = version.at("/config/served_entities/0");
    assertThat(entity.at("/external_model/openai_config").isEmpty()).isTrue();
    assertThat(entity.has("state")).isFalse();
    assertThat(version.at("/config/traffic_config/routes/0/traffic_percentage").asInt())
        .isEqualTo(100);
    assertThat(version.toString()).doesNotContain("_plaintext").doesNotContain("gatehouse-managed");
  }

  @Test
  void aPendingVersionHasNoEndNoMessageAndTheLastPageNoToken() {
    JsonNode page = wire(new EndpointConfigVersion("ep", 3, STORED, "ana", 2000));

    JsonNode version = page.path("config_versions").get(0);
    assertThat(page.path("endpoint_name").asString()).isEqualTo("chat");
    assertThat(version.path("status").asString()).isEqualTo("PENDING");
    assertThat(version.has("finished_at")).isFalse();
    assertThat(version.has("message")).isFalse();
    assertThat(page.has("next_page_token")).isFalse();
  }
}
