package dev.gatehouse.terraform.resources.datasources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServingEndpointsDataSourceTest {
  static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  @Test
  void mapsAnEndpointSummaryToFlatAttributes() {
    JsonNode chat =
        json(
            """
            {"name":"chat","id":"e1","task":"llm/v1/chat","creator":"admin",
             "state":{"ready":"READY","config_update":"NOT_UPDATING"},
             "tags":[{"key":"team","value":"ml"},{"key":"env"}],
             "config":{"served_entities":[{"name":"gpt","external_model":
               {"name":"gpt-4o","provider":"openai","task":"llm/v1/chat"}}]}}
            """);
    Value endpoints = ServingEndpointsDataSource.endpoints(List.of(chat));

    Value e = endpoints.elements().get(0);
    assertThat(e.getString("name")).isEqualTo("chat");
    assertThat(e.getString("id")).isEqualTo("e1");
    assertThat(e.getString("task")).isEqualTo("llm/v1/chat");
    assertThat(e.getString("creator")).isEqualTo("admin");
    assertThat(e.getString("state_ready")).isEqualTo("READY");
    assertThat(e.getString("state_config_update")).isEqualTo("NOT_UPDATING");
    assertThat(e.get("tags").entries())
        .containsEntry("team", Value.string("ml"))
        .containsEntry("env", Value.string(""));
    assertThat(e.getString("external_model_provider")).isEqualTo("openai");
    assertThat(e.getString("external_model_name")).isEqualTo("gpt-4o");
  }

  @Test
  void anUnconfiguredEndpointHasNullModelAndTaskAndNoTags() {
    Value e =
        ServingEndpointsDataSource.endpoints(
                List.of(
                    json(
                        "{\"name\":\"empty\",\"id\":\"e2\",\"state\":{\"ready\":\"NOT_READY\","
                            + "\"config_update\":\"NOT_UPDATING\"}}")))
            .elements()
            .get(0);
    assertThat(e.get("task").isNull()).isTrue();
    assertThat(e.get("external_model_name").isNull()).isTrue();
    assertThat(e.get("tags").entries()).isEmpty();
  }
}
