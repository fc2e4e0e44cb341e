package dev.gatehouse.secrets.domain;

import dev.gatehouse.endpoints.domain.SecretReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The credentials of an endpoint config, found in the provider blocks of its external models:
 * fields holding a secret reference, and {@code *_plaintext} fields. Works on the config as JSON,
 * so a provider field added later is covered without a change here.
 */
public final class ConfigCredentials {
  public static final String PLAINTEXT_SUFFIX = "_plaintext";

  /** A field that names a secret, and where it is ({@code e0.openai_config.openai_api_key}). */
  public record Reference(String path, SecretReference reference) {}

  /**
   * A {@code *_plaintext} field. Its path drops the suffix: it names the credential, whichever of
   * its two fields carries it.
   */
  public record Plaintext(String path, ObjectNode holder, String field) {
    public String value() {
      return holder.get(field).asString();
    }

    /** Puts a reference where the value was; the field keeps its name. */
    public void replaceWith(SecretReference reference) {
      holder.put(field, reference.toString());
    }
  }

  private final List<Reference> references = new ArrayList<>();
  private final List<Plaintext> plaintexts = new ArrayList<>();

  private ConfigCredentials() {}

  /** Finds the credentials in a config given as JSON (in its wire shape). */
  public static ConfigCredentials in(JsonNode config) {
    ConfigCredentials found = new ConfigCredentials();
    JsonNode entities = config.path("served_entities");
    for (int i = 0; i < entities.size(); i++) {
      JsonNode model = entities.get(i).path("external_model");
      for (Map.Entry<String, JsonNode> field : model.properties()) {
        if (field.getValue() instanceof ObjectNode block) {
          found.walk(block, "e" + i + "." + field.getKey());
        }
      }
    }
    return found;
  }

  private void walk(ObjectNode block, String path) {
    for (Map.Entry<String, JsonNode> field : block.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value instanceof ObjectNode nested) {
        walk(nested, path + "." + name);
      } else if (value.isString() && name.endsWith(PLAINTEXT_SUFFIX)) {
        String credential = name.substring(0, name.length() - PLAINTEXT_SUFFIX.length());
        plaintexts.add(new Plaintext(path + "." + credential, block, name));
      } else if (value.isString()) {
        SecretReference.parse(value.asString())
            .ifPresent(r -> references.add(new Reference(path + "." + name, r)));
      }
    }
  }

  /** The fields that name a secret (not {@code *_plaintext} ones). */
  public List<Reference> references() {
    return List.copyOf(references);
  }

  /** The {@code *_plaintext} fields. */
  public List<Plaintext> plaintexts() {
    return List.copyOf(plaintexts);
  }

  /**
   * Every secret a stored config uses: its references, and the managed secrets its {@code
   * *_plaintext} fields point at.
   */
  public Set<SecretReference> all() {
    Set<SecretReference> all = new LinkedHashSet<>();
    references.forEach(r -> all.add(r.reference()));
    for (Plaintext p : plaintexts) {
      Optional<SecretReference> managed = SecretReference.parse(p.value());
      managed.ifPresent(all::add);
    }
    return all;
  }
}
