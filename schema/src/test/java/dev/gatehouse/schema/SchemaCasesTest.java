package dev.gatehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs the document cases under {@code cases/v1/<schema>/{valid,invalid}/}. Invalid cases pin the
 * exact violation list, because paths and messages are part of the API callers see.
 */
class SchemaCasesTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator();
  private static final Path CASES = TestFiles.classpathDirectory("cases/v1");

  static Stream<Arguments> validCases() {
    return cases("valid");
  }

  static Stream<Arguments> invalidCases() {
    return cases("invalid");
  }

  private static Stream<Arguments> cases(String kind) {
    List<Arguments> all = new ArrayList<>();
    for (String schema : Schemas.names()) {
      for (Path file : TestFiles.list(CASES.resolve(schema).resolve(kind), ".json")) {
        all.add(Arguments.of(schema, file.getFileName().toString(), file));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}/valid/{1}")
  @MethodSource("validCases")
  void validDocumentHasNoViolations(String schema, String fileName, Path file) {
    assertThat(VALIDATOR.validate(schema, TestFiles.readJson(file))).isEmpty();
  }

  @ParameterizedTest(name = "{0}/invalid/{1}")
  @MethodSource("invalidCases")
  void invalidDocumentHasExactlyTheExpectedViolations(String schema, String fileName, Path file) {
    JsonNode testCase = TestFiles.readJson(file);
    List<String> expected = new ArrayList<>();
    testCase.required("errors").forEach(e -> expected.add(e.asString()));

    List<String> actual =
        VALIDATOR.validate(schema, testCase.required("document")).stream()
            .map(Violation::toString)
            .toList();

    assertThat(expected).as("a case must expect at least one violation").isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void everyDocumentSchemaHasValidAndInvalidCases() {
    for (String schema : Schemas.names()) {
      if (schema.equals(Schemas.COMMON)) {
        continue;
      }
      assertThat(TestFiles.list(CASES.resolve(schema).resolve("valid"), ".json"))
          .as("valid cases for %s", schema)
          .isNotEmpty();
      assertThat(TestFiles.list(CASES.resolve(schema).resolve("invalid"), ".json"))
          .as("invalid cases for %s", schema)
          .isNotEmpty();
    }
  }

  @Test
  void caseFoldersOnlyNameKnownSchemas() {
    assertThat(TestFiles.list(CASES, ""))
        .map(p -> p.getFileName().toString())
        .allMatch(Schemas.names()::contains);
  }
}
