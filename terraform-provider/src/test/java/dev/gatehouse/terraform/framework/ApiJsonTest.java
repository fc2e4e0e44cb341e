package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiJsonTest {
  static final Block ENDPOINT =
      Block.of(
          "",
          Attribute.string("name").required(),
          Attribute.string("description").optional(),
          Attribute.string("api_key_plaintext").optional().writeOnly(),
          NestedBlock.list(
                  "config",
                  Block.of(
                      "",
                      NestedBlock.list(
                          "served_entities",
                          Block.of(
                              "",
                              Attribute.string("name").optional().computed(),
                              Attribute.number("min_provisioned_throughput").optional()))))
              .maxItems(1),
          NestedBlock.set(
              "tags",
              Block.of(
                  "", Attribute.string("key").required(), Attribute.string("value").optional())));

  static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  @Test
  void readsApiJsonIntoTheBlockTree() {
    Value endpoint =
        ApiJson.fromJson(
            json(
                "{\"name\":\"chat\",\"id\":\"ignored\",\"config\":{\"served_entities\":"
                    + "[{\"name\":\"gpt\",\"min_provisioned_throughput\":0}]}}"),
            ENDPOINT);
    assertThat(endpoint.getString("name")).isEqualTo("chat");
    assertThat(endpoint.get("description").isNull()).isTrue();
    Value entity =
        endpoint.get("config").elements().get(0).get("served_entities").elements().get(0);
    assertThat(entity.getString("name")).isEqualTo("gpt");
    assertThat(entity.get("min_provisioned_throughput").asNumber()).isEqualByComparingTo("0");
    assertThat(endpoint.get("tags").elements()).isEmpty();
  }

  @Test
  void writesRequestBodiesWithoutNullsOrEmptyBlocksAndWithWriteOnlyValues() {
    Value endpoint =
        ApiJson.fromJson(
                json("{\"name\":\"chat\",\"config\":{\"served_entities\":[{\"name\":\"gpt\"}]}}"),
                ENDPOINT)
            .with("api_key_plaintext", Value.string("sk-1"));
    assertThat(ApiJson.toJson(endpoint, ENDPOINT).toString())
        .isEqualTo(
            "{\"name\":\"chat\",\"api_key_plaintext\":\"sk-1\","
                + "\"config\":{\"served_entities\":[{\"name\":\"gpt\"}]}}");
  }

  @Test
  void numbersKeepTheirPrecisionBothWays() {
    Value endpoint =
        ApiJson.fromJson(
            json(
                "{\"name\":\"n\",\"config\":{\"served_entities\":"
                    + "[{\"min_provisioned_throughput\":12345678901234567890}]}}"),
            ENDPOINT);
    Value entity =
        endpoint.get("config").elements().get(0).get("served_entities").elements().get(0);
    assertThat(entity.get("min_provisioned_throughput").asNumber())
        .isEqualByComparingTo(new BigDecimal("12345678901234567890"));
    assertThat(ApiJson.toJson(endpoint, ENDPOINT).toString()).contains("12345678901234567890");
  }
}
