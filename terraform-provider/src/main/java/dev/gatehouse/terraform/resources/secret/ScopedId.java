package dev.gatehouse.terraform.resources.secret;

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

  @Override
  public String toString() {
    return scope + SEPARATOR + name;
  }
}
