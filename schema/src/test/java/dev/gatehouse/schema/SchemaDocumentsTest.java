package dev.gatehouse.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * House rules for the schema documents themselves: they are read by people as API documentation, so
 * every property must say what it is for, and request objects must be closed so that a typo in a
 * field name is reported instead of silently ignored.
 */
class SchemaDocumentsTest {
  /** Responses may grow fields; clients must ignore what they do not know. */
  private static final Set<String> OPEN_SCHEMAS =
      Set.of(Schemas.SERVING_ENDPOINT, Schemas.CONFIG_VERSIONS);

  static List<String> names() {
    return Schemas.names();
  }

  private static JsonNode tree(String name) {
    return TestFiles.JSON.readTree(Schemas.document(name).orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("names")
  void hasIdentityTitleAndDescription(String name) {
    JsonNode schema = tree(name);
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://gatehouse.dev/schema/v1/" + name + ".schema.json");
    assertThat(schema.path("title").asString()).isNotBlank();
    assertThat(schema.path("description").asString()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyPropertyAndDefinitionIsDescribed(String name) {
    List<String> undescribed = new ArrayList<>();
    walk(tree(name), "#", (pointer, node) -> {}, undescribed);
    assertThat(undescribed).as("properties and $defs without a description").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void requestObjectsAreClosed(String name) {
    if (OPEN_SCHEMAS.contains(name)) {
      return;
    }
    List<String> open = new ArrayList<>();
    walk(
        tree(name),
        "#",
        (pointer, node) -> {
          if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
            open.add(pointer);
          }
        },
        new ArrayList<>());
    assertThat(open).as("object schemas without additionalProperties: false").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyRefPointsAtAnExistingDefinition(String name) {
    List<String> broken = new ArrayList<>();
    walk(
        tree(name),
        "#",
        (pointer, node) -> {
          if (node.has("$ref") && !resolves(name, node.get("$ref").asString())) {
            broken.add(pointer + " -> " + node.get("$ref").asString());
          }
        },
        new ArrayList<>());
    assertThat(broken).isEmpty();
  }

  private static boolean resolves(String fromSchema, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String target = file.isEmpty() ? fromSchema : file.replace(Schemas.SUFFIX, "");
    if (!Schemas.names().contains(target)) {
      return false;
    }
    return !tree(target).at(fragment).isMissingNode();
  }

  /**
   * Visits every subschema, reporting properties and definitions that lack a description. Only
   * keywords that hold subschemas are followed, so property names are never mistaken for keywords.
   */
  private static void walk(
      JsonNode schema,
      String pointer,
      java.util.function.BiConsumer<String, JsonNode> visitor,
      List<String> undescribed) {
    if (!schema.isObject()) {
      return;
    }
    visitor.accept(pointer, schema);
    for (String container : List.of("properties", "$defs", "patternProperties")) {
      for (Map.Entry<String, JsonNode> entry : schema.path(container).properties()) {
        String child = pointer + "/" + container + "/" + entry.getKey();
        if (!container.equals("patternProperties")
            && entry.getValue().path("description").asString("").isBlank()) {
          undescribed.add(child);
        }
        walk(entry.getValue(), child, visitor, undescribed);
      }
    }
    for (String single : List.of("items", "additionalProperties")) {
      walk(schema.path(single), pointer + "/" + single, visitor, undescribed);
    }
  }
}
