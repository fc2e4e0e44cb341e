package dev.gatehouse.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Blanks every credential in a summary before it is stored. Field names decide, so a new credential
 * field is covered as long as it is named like one; secret references stay, because they say which
 * secret is used without revealing it.
 */
public final class Redactor {
  public static final String REDACTED = "[REDACTED]";
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?i).*(_plaintext|string_value|bytes_value|token_value|password|private_key|api_key"
              + "|client_secret|secret_access_key).*");

  /** Objects whose {@code token} and {@code value} are credentials (custom provider auth). */
  private static final Pattern AUTH_BLOCK = Pattern.compile("bearer_token_auth|api_key_auth");

  private static final Pattern AUTH_FIELD = Pattern.compile("token|value");
  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{secrets/[A-Za-z0-9._-]{1,128}/[A-Za-z0-9._-]{1,128}}}");

  private Redactor() {}

  public static JsonNode redact(JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode copy = node.deepCopy();
    redactInPlace(copy, "");
    return copy;
  }

  private static void redactInPlace(JsonNode node, String fieldName) {
    if (node instanceof ObjectNode object) {
      boolean authBlock = AUTH_BLOCK.matcher(fieldName).matches();
      List<String> names = new ArrayList<>(object.propertyNames());
      for (String name : names) {
        JsonNode child = object.get(name);
        boolean credential =
            CREDENTIAL.matcher(name).matches() || (authBlock && AUTH_FIELD.matcher(name).matches());
        if (credential && child.isValueNode() && !isReference(child)) {
          object.put(name, REDACTED);
        } else {
          redactInPlace(child, name);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(child -> redactInPlace(child, fieldName));
    }
  }

  private static boolean isReference(JsonNode value) {
    return value.isString() && REFERENCE.matcher(value.asString()).matches();
  }
}
