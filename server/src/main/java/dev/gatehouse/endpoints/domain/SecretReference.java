package dev.gatehouse.endpoints.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pointer to a secret, written {@code {{secrets/<scope>/<key>}}}: the only form in which a
 * credential is stored in an endpoint config and echoed back.
 */
public record SecretReference(String scope, String key) {
  private static final String NAME = "[A-Za-z0-9._-]{1,128}";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  private static final Pattern SYNTAX =
      Pattern.compile("\\{\\{secrets/(" + NAME + ")/(" + NAME + ")}}");

  public SecretReference {
    if (scope == null || !NAME_PATTERN.matcher(scope).matches()) {
      throw new IllegalArgumentException("secret scope must match " + NAME);
    }
    if (key == null || !NAME_PATTERN.matcher(key).matches()) {
      throw new IllegalArgumentException("secret key must match " + NAME);
    }
  }

  /** Parses a reference; empty when the text is not one (the text itself is never echoed). */
  public static Optional<SecretReference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYNTAX.matcher(text.trim());
    return m.matches()
        ? Optional.of(new SecretReference(m.group(1), m.group(2)))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "{{secrets/" + scope + "/" + key + "}}";
  }
}
