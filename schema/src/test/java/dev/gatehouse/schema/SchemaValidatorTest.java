package dev.gatehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaValidatorTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  @Test
  void violationsAreOrderedByPathWithNumericIndexes() {
    StringBuilder routes = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      routes.append(i == 0 ? "" : ",").append("{\"traffic_percentage\":-1}");
    }
    JsonNode document =
        TestFiles.JSON.readTree("{\"traffic_config\":{\"routes\":[" + routes + "]}}");

    List<String> paths =
        VALIDATOR.validate(Schemas.ENDPOINT_CONFIG_INPUT, document).stream()
            .map(Violation::path)
            .toList();

    assertThat(paths)
        .startsWith(
            "$.traffic_config.routes[0].traffic_percentage",
            "$.traffic_config.routes[1].traffic_percentage",
            "$.traffic_config.routes[2].traffic_percentage")
        .endsWith("$.traffic_config.routes[11].traffic_percentage")
        .doesNotHaveDuplicates();
  }

  @Test
  void propertyNamesThatAreNotIdentifiersUseBracketNotation() {
    JsonNode document = TestFiles.JSON.readTree("{\"name\":\"x\",\"my field\":1}");

    assertThat(VALIDATOR.validate(Schemas.CREATE_ENDPOINT, document))
        .extracting(Violation::path)
        .containsExactly("$['my field']");
  }

  @Test
  void floatsBeyondSixtyFourBitsAreViolationsNotCrashes() {
    // networknt's minimum keyword converts such a value to a long and throws.
    JsonNode document =
        TestFiles.JSON.readTree(
            "{\"lifetime_seconds\":1e308,\"comment\":\"x\",\"odd key\":[-1e19, 1.5e3]}");

    assertThat(VALIDATOR.validate(Schemas.TOKEN_CREATE, document))
        .containsExactly(
            new Violation("$.lifetime_seconds", "must be a whole number that fits in 64 bits"),
            new Violation("$['odd key'][0]", "must be a whole number that fits in 64 bits"));
  }

  @Test
  void violationPrintsAsPathColonMessage() {
    assertThat(new Violation("$.name", "is required")).hasToString("$.name: is required");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    JsonNode document = TestFiles.JSON.readTree("{\"name\":\"bad name\",\"foo\":1}");
    List<Violation> expected = VALIDATOR.validate(Schemas.CREATE_ENDPOINT, document);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Violation>>> results =
          IntStream.range(0, 200)
              .mapToObj(
                  i -> pool.submit(() -> VALIDATOR.validate(Schemas.CREATE_ENDPOINT, document)))
              .toList();
      for (Future<List<Violation>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).hasSize(2);
  }

  @Test
  void sharedDefinitionsValidateNothingOnTheirOwn() {
    assertThat(VALIDATOR.validate("common", TestFiles.JSON.readTree("{\"anything\":true}")))
        .isEmpty();
  }
}
