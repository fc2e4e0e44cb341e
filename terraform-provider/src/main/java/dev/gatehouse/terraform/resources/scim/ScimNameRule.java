package dev.gatehouse.terraform.resources.scim;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Value;
import java.util.regex.Pattern;

/**
 * The server's rule for every SCIM name (application ids, display names; {@code IdentityNames}): 1
 * to 255 characters, no control characters, no leading or trailing space. Checked at plan time so
 * the error points at the attribute; unknown and unset values are left alone.
 */
public final class ScimNameRule {
  public static final int MAX_LENGTH = 255;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private ScimNameRule() {}

  public static void check(Value config, String attribute, Diagnostics diagnostics) {
    Value value = config.get(attribute);
    if (!value.isKnown()) {
      return;
    }
    String problem = problem(value.asString());
    if (problem != null) {
      diagnostics.error(
          AttributePath.of(attribute),
          "Invalid " + attribute,
          attribute + " " + problem + " (got \"" + value.asString() + "\").");
    }
  }

  static String problem(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return "must be 1 to " + MAX_LENGTH + " characters long";
    }
    if (!name.strip().equals(name)) {
      return "must not start or end with a space";
    }
    if (CONTROL.matcher(name).find()) {
      return "must not contain control characters";
    }
    return null;
  }
}
