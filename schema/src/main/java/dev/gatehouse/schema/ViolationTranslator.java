package dev.gatehouse.schema;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Rewrites networknt's errors into Gatehouse's {@link Violation} wording.
 *
 * <p>networknt's messages describe the schema ("does not have a value in the enumeration"); API
 * callers need to know what to send instead. The wording here is part of Gatehouse's API and is
 * asserted verbatim by tests, so it must not drift with library upgrades. Keywords without a
 * rewrite keep networknt's text.
 */
final class ViolationTranslator {
  /** Parsed schema documents by {@code $id}, for reading context such as an object's properties. */
  private final Map<String, JsonNode> schemaTrees;

  ViolationTranslator(Map<String, JsonNode> schemaTrees) {
    this.schemaTrees = schemaTrees;
  }

  Violation translate(Error error) {
    NodePath location = error.getInstanceLocation();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    if (error.isCustomMessage()) {
      return new Violation(location.toString(), error.getMessage());
    }
    JsonNode schemaValue = error.getSchemaNode();
    switch (keyword) {
      case "required":
        return new Violation(propertyPath(error), "is required");
      case "additionalProperties":
        return new Violation(
            propertyPath(error),
            "is not a known field; allowed fields: " + allowedFields(error.getSchemaLocation()));
      case "enum":
        return new Violation(location.toString(), "must be one of: " + listValues(schemaValue));
      case "type":
        return new Violation(location.toString(), "must be " + describeType(schemaValue));
      case "pattern":
        return new Violation(location.toString(), "must match " + schemaValue.asString());
      case "maxLength":
        return new Violation(
            location.toString(), "must be at most " + count(schemaValue, "character"));
      case "minLength":
        return new Violation(
            location.toString(), "must be at least " + count(schemaValue, "character"));
      case "minimum":
        return new Violation(location.toString(), "must be at least " + schemaValue.asString());
      case "maximum":
        return new Violation(location.toString(), "must be at most " + schemaValue.asString());
      case "minItems":
        return new Violation(
            location.toString(), "must have at least " + count(schemaValue, "item"));
      case "maxItems":
        return new Violation(
            location.toString(), "must have at most " + count(schemaValue, "item"));
      case "uniqueItems":
        return new Violation(location.toString(), "must not contain duplicate items");
      case "false":
        // A property forbidden outright, e.g. a *_plaintext credential in a response.
        return new Violation(location.toString(), "must not be present");
      default:
        return new Violation(location.toString(), error.getMessage());
    }
  }

  /** Points at the missing or unexpected property itself rather than at its parent object. */
  private static String propertyPath(Error error) {
    String property = error.getProperty();
    NodePath location = error.getInstanceLocation();
    return (property == null ? location : location.append(property)).toString();
  }

  /** The property names of the object schema that owns the failing additionalProperties. */
  private String allowedFields(SchemaLocation additionalPropertiesLocation) {
    JsonNode tree = schemaTrees.get(additionalPropertiesLocation.getAbsoluteIri().toString());
    NodePath owner = additionalPropertiesLocation.getFragment().getParent();
    if (tree == null || owner == null) {
      return "(unknown)";
    }
    JsonNode properties = tree.at(toJsonPointer(owner)).path("properties");
    List<String> names = new ArrayList<>(properties.propertyNames());
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  private static String toJsonPointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer
          .append('/')
          .append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static String count(JsonNode bound, String noun) {
    String number = bound.asString();
    return number + " " + noun + ("1".equals(number) ? "" : "s");
  }

  private static String listValues(JsonNode values) {
    List<String> texts = new ArrayList<>();
    for (JsonNode value : values) {
      texts.add(value.isString() ? value.asString() : value.toString());
    }
    return String.join(", ", texts);
  }

  private static String describeType(JsonNode type) {
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(withArticle(t.asString())));
      return String.join(" or ", names);
    }
    return withArticle(type.asString());
  }

  private static String withArticle(String typeName) {
    switch (typeName) {
      case "integer":
        return "an integer";
      case "object":
        return "an object";
      case "array":
        return "an array";
      case "null":
        return "null";
      default:
        return "a " + typeName;
    }
  }
}
