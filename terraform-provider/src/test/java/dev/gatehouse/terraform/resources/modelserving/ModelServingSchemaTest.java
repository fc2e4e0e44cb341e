package dev.gatehouse.terraform.resources.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.schema.Schemas;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drift check: the Terraform schema and the server's JSON Schemas (read here with a resolver of
 * the test's own) describe the same fields, with the same required ones, and the
 * Databricks-compatible details hold.
 */
class ModelServingSchemaTest {
  static final Set<String> TERRAFORM_ONLY = Set.of("id", "serving_endpoint_id", "timeouts");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Block BLOCK = ModelServingSchema.BLOCK;

  @Test
  void everyJsonSchemaPropertyHasAMatchingAttributeOrBlockAndViceVersa() {
    List<String> problems = new ArrayList<>();
    compare(
        JSON.readTree(Schemas.document(Schemas.CREATE_ENDPOINT).orElseThrow()),
        Schemas.CREATE_ENDPOINT,
        BLOCK,
        "",
        problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void theDatabricksShapeHolds() {
    assertThat(attribute("name").isRequired()).isTrue();
    assertThat(attribute("name").isForceNew()).isTrue();
    assertThat(attribute("route_optimized").isForceNew()).isTrue();
    assertThat(nested(BLOCK, "tags").nesting()).isEqualTo(NestedBlock.Nesting.SET);
    assertThat(nested(BLOCK, "config").maxItems()).isEqualTo(1);
    Block entity = nested(nested(BLOCK, "config").block(), "served_entities").block();
    assertThat(nested(entity, "served_entities") == null).isTrue();
    assertThat(entity.attribute("name").orElseThrow().isComputed()).isTrue();
    Block external = nested(entity, "external_model").block();
    assertThat(external.attribute("task").orElseThrow().isRequired()).isTrue();
    assertThat(external.blocks())
        .extracting(NestedBlock::name)
        .contains(
            "openai_config",
            "anthropic_config",
            "cohere_config",
            "ai21labs_config",
            "amazon_bedrock_config",
            "google_cloud_vertex_ai_config",
            "palm_config",
            "databricks_model_serving_config",
            "custom_provider_config");
    Block limits = nested(nested(BLOCK, "ai_gateway").block(), "rate_limits").block();
    assertThat(limits.attributes())
        .extracting(Attribute::name)
        .containsExactly("calls", "tokens", "key", "principal", "renewal_period");
    assertThat(limits.attribute("calls").orElseThrow().type()).isEqualTo(Type.NUMBER);
  }

  @Test
  void everyPlaintextCredentialIsSensitiveAndEverythingIsDescribed() {
    List<String> plaintext = new ArrayList<>();
    List<String> undescribed = new ArrayList<>();
    walk(BLOCK, "", plaintext, undescribed);
    assertThat(plaintext).hasSizeGreaterThanOrEqualTo(12);
    assertThat(undescribed).isEmpty();
  }

  private static void walk(Block block, String at, List<String> plaintext, List<String> bare) {
    for (Attribute attribute : block.attributes()) {
      String path = at + attribute.name();
      if (attribute.name().endsWith("_plaintext")) {
        assertThat(attribute.isSensitive()).as(path).isTrue();
        plaintext.add(path);
      }
      if (attribute.description().isBlank()) {
        bare.add(path);
      }
    }
    for (NestedBlock nested : block.blocks()) {
      if (nested.block().description().isBlank()) {
        bare.add(at + nested.name());
      }
      walk(nested.block(), at + nested.name() + ".", plaintext, bare);
    }
  }

  /** Compares an object schema with a block, recursively, collecting every mismatch. */
  private static void compare(
      JsonNode schema, String document, Block block, String at, List<String> problems) {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asString()));
    Set<String> seen = new HashSet<>();
    for (var property : schema.path("properties").properties()) {
      String name = property.getKey();
      if (at.isEmpty() && ModelServingSchema.SKIPPED.contains(name)) {
        continue;
      }
      seen.add(name);
      Resolved resolved = resolve(property.getValue(), document);
      JsonNode node = resolved.node();
      String type = node.path("type").asString("");
      NestedBlock nested = nested(block, name);
      boolean objectLike = type.equals("object") && node.has("properties");
      boolean listOfObjects =
          type.equals("array")
              && resolve(node.path("items"), resolved.document()).node().has("properties");
      if (objectLike || listOfObjects) {
        if (nested == null) {
          problems.add(at + name + ": no block");
          continue;
        }
        Resolved inner = objectLike ? resolved : resolve(node.path("items"), resolved.document());
        compare(inner.node(), inner.document(), nested.block(), at + name + ".", problems);
      } else {
        var attribute = block.attribute(name);
        if (attribute.isEmpty()) {
          problems.add(at + name + ": no attribute");
        } else if (attribute.get().isRequired() != required.contains(name)) {
          problems.add(at + name + ": required differs");
        }
      }
    }
    for (Attribute attribute : block.attributes()) {
      if (!seen.contains(attribute.name())
          && !(at.isEmpty() && TERRAFORM_ONLY.contains(attribute.name()))) {
        problems.add(at + attribute.name() + ": not in the JSON Schema");
      }
    }
    for (NestedBlock nested : block.blocks()) {
      if (!seen.contains(nested.name())
          && !(at.isEmpty() && TERRAFORM_ONLY.contains(nested.name()))) {
        problems.add(at + nested.name() + ": not in the JSON Schema");
      }
    }
  }

  record Resolved(JsonNode node, String document) {}

  private static Resolved resolve(JsonNode node, String document) {
    while (node.has("$ref")) {
      String ref = node.path("$ref").asString();
      String[] parts = ref.split("#", -1);
      if (!parts[0].isEmpty()) {
        document = parts[0].replace(".schema.json", "");
      }
      JsonNode root = JSON.readTree(Schemas.document(document).orElseThrow());
      node = parts.length > 1 ? root.at(parts[1]) : root;
    }
    return new Resolved(node, document);
  }

  private static Attribute attribute(String name) {
    return BLOCK.attribute(name).orElseThrow();
  }

  static NestedBlock nested(Block block, String name) {
    return block.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
  }
}
