package dev.gatehouse.terraform.resources.permissions;

import static dev.gatehouse.terraform.resources.permissions.AccessControlValues.GROUP;
import static dev.gatehouse.terraform.resources.permissions.AccessControlValues.LEVEL;
import static dev.gatehouse.terraform.resources.permissions.AccessControlValues.SERVICE_PRINCIPAL;
import static dev.gatehouse.terraform.resources.permissions.AccessControlValues.USER;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's rules for an access control list (schema {@code endpoint-permissions}, which {@code
 * AccessControlRulesTest} holds these constants to, and {@code AccessControlRequest}), checked at
 * plan time so that errors show before anything is applied. Diagnostics point at {@code
 * access_control}: Terraform has no path into a set element we could build here. Unknown values
 * (from {@code var.*} or other resources) are left for apply.
 */
final class AccessControlRules {
  static final List<String> LEVELS = List.of("CAN_VIEW", "CAN_QUERY", "CAN_MANAGE");
  static final List<String> PRINCIPALS = List.of(USER, GROUP, SERVICE_PRINCIPAL);
  static final int MAX_NAME_LENGTH = 255;
  private static final AttributePath PATH = AttributePath.of("access_control");

  private AccessControlRules() {}

  static void check(Value accessControl, Diagnostics diagnostics) {
    if (!accessControl.isKnown()) {
      return;
    }
    if (accessControl.elements().isEmpty()) {
      diagnostics.error(
          PATH,
          "No access_control block",
          "Give at least one access_control block. To remove every grant, destroy the resource"
              + " instead.");
    }
    Map<String, String> seen = new HashMap<>();
    for (Value entry : accessControl.elements()) {
      if (entry.isKnown()) {
        checkEntry(entry, seen, diagnostics);
      }
    }
  }

  private static void checkEntry(Value entry, Map<String, String> seen, Diagnostics diagnostics) {
    long set = PRINCIPALS.stream().filter(p -> !entry.get(p).isNull()).count();
    boolean allKnown = PRINCIPALS.stream().allMatch(p -> !entry.get(p).isUnknown());
    if (allKnown && set != 1) {
      diagnostics.error(
          PATH,
          "Each access_control block names one principal",
          "Set exactly one of user_name, group_name or service_principal_name in each"
              + " access_control block; "
              + set
              + " are set in one of them.");
      return;
    }
    for (String principal : PRINCIPALS) {
      Value name = entry.get(principal);
      if (name.isKnown()
          && (name.asString().isEmpty() || name.asString().length() > MAX_NAME_LENGTH)) {
        diagnostics.error(
            PATH,
            "Invalid " + principal,
            principal + " must be 1 to " + MAX_NAME_LENGTH + " characters long.");
      }
    }
    Value level = entry.get(LEVEL);
    if (level.isKnown() && !LEVELS.contains(level.asString())) {
      diagnostics.error(
          PATH,
          "Unsupported permission_level",
          "permission_level \""
              + level.asString()
              + "\" is not a serving endpoint level; use one of CAN_VIEW, CAN_QUERY or"
              + " CAN_MANAGE.");
    }
    if (CallerGrant.ADMINS.equals(entry.getString(GROUP))) {
      diagnostics.error(
          PATH,
          "The admins group cannot be granted a level",
          "Admins hold CAN_MANAGE on every serving endpoint; remove the access_control block"
              + " for group_name \"admins\".");
    }
    if (allKnown) {
      String principal = AccessControlValues.principal(AccessControlValues.fromEntry(entry));
      String before = seen.putIfAbsent(principal, String.valueOf(level));
      if (before != null) {
        diagnostics.error(
            PATH,
            "A principal is listed twice",
            principal
                + " has two access_control blocks ("
                + before
                + " and "
                + level
                + "); give each principal one block with the highest level it needs.");
      }
    }
  }
}
