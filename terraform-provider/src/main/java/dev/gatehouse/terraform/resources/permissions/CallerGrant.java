package dev.gatehouse.terraform.resources.permissions;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.IdentitiesApi.CurrentPrincipal;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControlEntry;
import dev.gatehouse.terraform.client.PermissionsApi.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The applying principal's grant, handled as {@code databricks_permissions} does: a PUT replaces
 * every direct grant, so the caller is always sent as CAN_MANAGE (else applying could lock it out
 * of the endpoint it manages), and reading leaves it out unless the configuration names it, so that
 * this automatic grant never shows as drift.
 */
final class CallerGrant {
  static final String MANAGE = "CAN_MANAGE";
  static final String ADMINS = "admins";

  private final CurrentPrincipal me;

  CallerGrant(CurrentPrincipal me) {
    this.me = me;
  }

  /** Grants match names exactly, as the server does; a service principal by application id. */
  boolean names(AccessControl grant) {
    String name = me.servicePrincipal() ? grant.servicePrincipalName() : grant.userName();
    return me.userName() != null && me.userName().equals(name);
  }

  AccessControl manage() {
    return me.servicePrincipal()
        ? AccessControl.servicePrincipal(me.userName(), MANAGE)
        : AccessControl.user(me.userName(), MANAGE);
  }

  /** The list to PUT: {@code configured}, plus the caller as CAN_MANAGE unless it is in it. */
  List<AccessControl> withCaller(List<AccessControl> configured) {
    Optional<AccessControl> own = configured.stream().filter(this::names).findFirst();
    if (own.isPresent() && !MANAGE.equals(own.get().permissionLevel())) {
      throw new CallerLockoutException(AccessControlValues.principal(own.get()), own.get());
    }
    List<AccessControl> all = new ArrayList<>(configured);
    if (own.isEmpty()) {
      all.add(manage());
    }
    return all;
  }

  /**
   * The grants Terraform manages in what the API answered: direct ones only (not the inherited
   * {@code admins} row), and the caller's only when {@code configured} names it.
   */
  List<AccessControl> managed(Permissions answered, List<AccessControl> configured) {
    boolean callerConfigured = configured.stream().anyMatch(this::names);
    List<AccessControl> grants = new ArrayList<>();
    for (AccessControlEntry entry : answered.accessControlList()) {
      Optional<String> level = entry.directLevel();
      if (level.isEmpty() || ADMINS.equals(entry.groupName())) {
        continue;
      }
      AccessControl grant =
          new AccessControl(
              entry.userName(), entry.groupName(), entry.servicePrincipalName(), level.get());
      if (callerConfigured || !names(grant)) {
        grants.add(grant);
      }
    }
    return grants;
  }

  /**
   * The configuration gives the applying principal less than CAN_MANAGE. Refused before any call
   * (as Databricks does), shaped like a server refusal so that it becomes a diagnostic with this
   * message and a failed create leaves nothing in state.
   */
  static final class CallerLockoutException extends GatehouseApiException {
    CallerLockoutException(String principal, AccessControl grant) {
      super(
          400,
          "INVALID_PARAMETER_VALUE",
          "access_control: "
              + principal
              + " is the principal applying this configuration and must keep CAN_MANAGE, but is"
              + " given "
              + grant.permissionLevel()
              + ". Set permission_level = \"CAN_MANAGE\" in its access_control block, or leave the"
              + " block out: Terraform keeps the applying principal at CAN_MANAGE by itself.");
    }
  }
}
