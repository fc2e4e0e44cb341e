package dev.gatehouse.endpoints.domain;

import java.util.Optional;

/**
 * A pointer to a secret, written {@code {{secrets/<scope>/<key>}}}: the only form in which a
 * credential is stored in an endpoint config and echoed back. Parsed on every provider call, so by
 * hand rather than with a regular expression, which cost several percent of a call's CPU.
 */
public record SecretReference(String scope, String key) {
  private static final String NAME = "[A-Za-z0-9._-]{1,128}";
  private static final String PREFIX = "{{secrets/";
  private static final String SUFFIX = "}}";

  public SecretReference {
    if (!isName(scope)) {
      throw new IllegalArgumentException("secret scope must match " + NAME);
    }
    if (!isName(key)) {
      throw new IllegalArgumentException("secret key must match " + NAME);
    }
  }

  /** Parses a reference; empty when the text is not one (the text itself is never echoed). */
  public static Optional<SecretReference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    if (!t.startsWith(PREFIX) || !t.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String path = t.substring(PREFIX.length(), t.length() - SUFFIX.length());
    int slash = path.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String scope = path.substring(0, slash);
    String key = path.substring(slash + 1);
    return isName(scope) && isName(key)
        ? Optional.of(new SecretReference(scope, key))
        : Optional.empty();
  }

  private static boolean isName(String s) {
    if (s == null || s.isEmpty() || s.length() > 128) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "{{secrets/" + scope + "/" + key + "}}";
  }
}
