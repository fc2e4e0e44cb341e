package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.schema.Schemas;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gatehouse's own JSON Schemas (the gatehouse-schema jar), read as a tree of properties with their
 * {@code $ref}s resolved. The resource's Terraform schema is derived from it, so the provider and
 * the server cannot disagree on a field name, a required field or a description.
 */
final class JsonSchemaTree {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SUFFIX = ".schema.json";

  /** One property: its resolved schema, its own description and whether its parent requires it. */
  record Property(String name, JsonNode schema, String description, boolean required) {}

  private final Map<String, JsonNode> documents = new LinkedHashMap<>();

  /** The resolved schema named like a file without its suffix, e.g. {@code create-endpoint}. */
  JsonNode root(String name) {
    return document(name);
  }

  /** The properties of an object schema, each resolved, in the order the schema lists them. */
  List<Property> properties(JsonNode objectSchema) {
    Set<String> required = new HashSet<>();
    objectSchema.path("required").forEach(r -> required.add(r.asString()));
    List<Property> properties = new ArrayList<>();
    objectSchema.path("properties").properties().stream()
        .filter(e -> !e.getKey().startsWith("$"))
        .forEach(
            e -> {
              JsonNode resolved = resolve(e.getValue());
              String own = e.getValue().path("description").asString(null);
              String description = own != null ? own : resolved.path("description").asString("");
              properties.add(
                  new Property(e.getKey(), resolved, description, required.contains(e.getKey())));
            });
    return properties;
  }

  /** The schema of an array's items, resolved. */
  JsonNode items(JsonNode arraySchema) {
    return resolve(arraySchema.path("items"));
  }

  /**
   * Follows {@code $ref}s: {@code other.schema.json}, {@code other.schema.json#/$defs/x} and {@code
   * #/$defs/x}. Resolved nodes remember their document under the key {@code $document} of a copy,
   * so that a later local {@code #/...} reference resolves in the right file.
   */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.path("$ref").asString();
      String here = current.path("$document").asString("create-endpoint");
      int hash = ref.indexOf('#');
      String file = hash == 0 ? here : fileName(hash < 0 ? ref : ref.substring(0, hash));
      JsonNode target = document(file);
      if (hash >= 0) {
        target = target.at(ref.substring(hash + 1));
      }
      current = tagged(target, file);
    }
    return current;
  }

  private JsonNode document(String name) {
    return documents.computeIfAbsent(
        name,
        n ->
            tagged(
                JSON.readTree(
                    Schemas.document(n)
                        .orElseThrow(() -> new IllegalStateException("No schema " + n))),
                n));
  }

  /** A copy of {@code node} whose nested objects all carry {@code $document}. */
  private static JsonNode tagged(JsonNode node, String document) {
    if (!node.isObject()) {
      return node;
    }
    var copy = node.deepCopy();
    tag(copy, document);
    return copy;
  }

  private static void tag(JsonNode node, String document) {
    if (node instanceof tools.jackson.databind.node.ObjectNode object) {
      if (!object.has("$document")) {
        object.put("$document", document);
      }
      object.forEach(child -> tag(child, document));
    } else if (node.isArray()) {
      node.forEach(child -> tag(child, document));
    }
  }

  private static String fileName(String ref) {
    return ref.endsWith(SUFFIX) ? ref.substring(0, ref.length() - SUFFIX.length()) : ref;
  }
}
