package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.regex.Pattern;

/** The rule scope and key names share: 1 to 128 letters, digits, '.', '-' or '_'. */
final class SecretNames {
  static final int MAX_LENGTH = 128;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

  private SecretNames() {}

  static void check(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new InvalidParameterException(what + " is required.");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidParameterException(
          what + " is " + value.length() + " characters long; the limit is " + MAX_LENGTH + ".");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw new InvalidParameterException(
          what
              + " '"
              + value
              + "' has characters that are not allowed; use letters, digits, '.', '-' and '_'.");
    }
  }
}
