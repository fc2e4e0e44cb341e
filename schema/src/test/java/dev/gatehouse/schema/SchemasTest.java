package dev.gatehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemasTest {
  @Test
  void namesMatchTheSchemaFilesOnTheClasspath() {
    Path folder = TestFiles.classpathDirectory(Schemas.RESOURCE_FOLDER);
    List<String> onDisk =
        TestFiles.list(folder, Schemas.SUFFIX).stream()
            .map(p -> p.getFileName().toString().replace(Schemas.SUFFIX, ""))
            .sorted()
            .toList();

    assertThat(Schemas.names()).containsExactlyElementsOf(onDisk);
  }

  @Test
  void namesAreSortedAndIncludeEveryConstant() {
    assertThat(Schemas.names()).isSorted();
    assertThat(Schemas.names())
        .contains(
            Schemas.CREATE_ENDPOINT,
            Schemas.ENDPOINT_CONFIG_INPUT,
            Schemas.TAGS_PATCH,
            Schemas.AI_GATEWAY_CONFIG,
            Schemas.RATE_LIMITS,
            Schemas.SERVING_ENDPOINT,
            Schemas.MODEL_CATALOG,
            Schemas.ENDPOINT_PERMISSIONS,
            "common");
  }

  @Test
  void documentReturnsTheRawSchemaText() {
    assertThat(Schemas.document(Schemas.CREATE_ENDPOINT))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains(
                        "\"$id\": \"https://gatehouse.dev/schema/v1/create-endpoint.schema.json\""));
  }

  @Test
  void documentOnlyServesListedSchemas() {
    assertThat(Schemas.document("no-such-schema")).isEmpty();
    assertThat(Schemas.document("../catalog/models")).isEmpty();
    assertThat(Schemas.document("create-endpoint.schema.json")).isEmpty();
  }

  @Test
  void validatorRejectsUnknownSchemaNames() {
    SchemaValidator validator = new SchemaValidator();
    assertThatThrownBy(() -> validator.validate("no-such-schema", TestFiles.JSON.readTree("{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-schema");
  }

  @Test
  void builtInCatalogIsBundled() {
    assertThat(CatalogDocuments.builtInCatalog()).contains("\"open_providers\"");
  }
}
