package dev.gatehouse.terraform.resources.secret;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Value;
import java.util.regex.Pattern;

/**
 * The server's name rules (common.schema.json: secret_scope_name, secret_key_name,
 * secret_acl_principal), checked at plan time so a typo fails before anything is created. Unknown
 * values (from other resources) are left for the server.
 */
public final class SecretNameRules {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");
  private static final int PRINCIPAL_MAX = 255;

  private SecretNameRules() {}

  /** A scope or key name: 1 to 128 letters, digits, '.', '-' or '_'. */
  public static void checkName(Value config, String attribute, Diagnostics diagnostics) {
    Value value = config.get(attribute);
    if (value.isKnown() && !NAME.matcher(value.asString()).matches()) {
      diagnostics.error(
          AttributePath.of(attribute),
          "Invalid " + attribute,
          "\""
              + value.asString()
              + "\" is not a valid "
              + attribute
              + ": use 1 to 128 letters, digits, '.', '-' or '_'.");
    }
  }

  /** A principal: 1 to 255 characters. */
  public static void checkPrincipal(Value config, String attribute, Diagnostics diagnostics) {
    Value value = config.get(attribute);
    if (value.isKnown()
        && (value.asString().isEmpty() || value.asString().length() > PRINCIPAL_MAX)) {
      diagnostics.error(
          AttributePath.of(attribute),
          "Invalid " + attribute,
          "A principal is a user name, a service principal's application id or a group name of 1"
              + " to 255 characters (got "
              + value.asString().length()
              + ").");
    }
  }
}
