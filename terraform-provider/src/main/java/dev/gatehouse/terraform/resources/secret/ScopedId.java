package dev.gatehouse.terraform.resources.secret;

import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Value;
import java.util.Optional;

/**
 * The id of an object that lives in a secret scope, written {@code <scope>|||<name>} as the
 * Databricks provider writes it, so ids and import commands carry over unchanged. Neither part can
 * contain {@code |} (the server's names forbid it), so the first separator splits.
 */
public record ScopedId(String scope, String name) {
  public static final String SEPARATOR = "|||";

  /** Parsed, or empty when either part is missing. */
  public static Optional<ScopedId> parse(String id) {
    int at = id == null ? -1 : id.indexOf(SEPARATOR);
    if (at <= 0 || at + SEPARATOR.length() >= id.length()) {
      return Optional.empty();
    }
    return Optional.of(new ScopedId(id.substring(0, at), id.substring(at + SEPARATOR.length())));
  }

  /**
   * The state an import of {@code id} starts from: id, scope and the name under {@code
   * nameAttribute}; or a null object and an error naming the expected form, e.g. {@code
   * "llm|||openai-key"}.
   */
  public static Value importState(
      String id,
      ResourceContext context,
      Block block,
      String resourceType,
      String nameAttribute,
      String example) {
    return parse(id)
        .map(
            parsed ->
                block
                    .newObject()
                    .set("id", id)
                    .set("scope", parsed.scope())
                    .set(nameAttribute, parsed.name())
                    .build())
        .orElseGet(
            () -> {
              context
                  .diagnostics()
                  .error(
                      "Invalid import id for " + resourceType,
                      "Expected <scope>|||<"
                          + nameAttribute
                          + ">, e.g. \""
                          + example
                          + "\" (got \""
                          + id
                          + "\").");
              return Value.nullOf(block.type());
            });
  }

  @Override
  public String toString() {
    return scope + SEPARATOR + name;
  }
}
