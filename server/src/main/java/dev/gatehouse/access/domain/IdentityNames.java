package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.regex.Pattern;

/**
 * The rule every stored name follows (user names, application ids, display names, e-mail
 * addresses): 1 to 255 characters, no control characters, no surrounding spaces. Names are unique
 * regardless of case, so they are compared ignoring it.
 */
public final class IdentityNames {
  public static final int MAX_LENGTH = 255;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private IdentityNames() {}

  /** The name if it follows the rule; otherwise a 400 naming {@code attribute}. */
  public static String require(String attribute, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidParameterException(attribute + " is required and must not be empty.");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidParameterException(
          attribute + " must be at most " + MAX_LENGTH + " characters long.");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidParameterException(
          attribute + " must not start or end with a space: '" + value + "'.");
    }
    if (CONTROL.matcher(value).find()) {
      throw new InvalidParameterException(attribute + " must not contain control characters.");
    }
    return value;
  }
}
