package dev.gatehouse.terraform.resources.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.terraform.client.IdentitiesApi.CurrentPrincipal;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControlEntry;
import dev.gatehouse.terraform.client.PermissionsApi.Permission;
import dev.gatehouse.terraform.client.PermissionsApi.Permissions;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerGrantTest {
  final CallerGrant admin = new CallerGrant(new CurrentPrincipal("admin", false));
  final CallerGrant bot = new CallerGrant(new CurrentPrincipal("app-1", true));

  static AccessControlEntry direct(AccessControl grant) {
    return new AccessControlEntry(
        grant.userName(),
        grant.groupName(),
        grant.servicePrincipalName(),
        List.of(new Permission(grant.permissionLevel(), false, null)));
  }

  static final AccessControlEntry ADMINS_ROW =
      new AccessControlEntry(
          null,
          "admins",
          null,
          List.of(new Permission("CAN_MANAGE", true, List.of("/serving-endpoints/"))));

  static Permissions answered(AccessControlEntry... entries) {
    return new Permissions("/serving-endpoints/e1", "serving-endpoint", List.of(entries));
  }

  @Test
  void theCallerIsAddedAsManagerToEveryPut() {
    AccessControl eng = AccessControl.group("eng", "CAN_QUERY");
    assertThat(admin.withCaller(List.of(eng)))
        .containsExactly(eng, AccessControl.user("admin", "CAN_MANAGE"));
    assertThat(bot.withCaller(List.of(eng)))
        .containsExactly(eng, AccessControl.servicePrincipal("app-1", "CAN_MANAGE"));
  }

  @Test
  void aConfiguredManagerGrantForTheCallerIsNotSentTwice() {
    AccessControl own = AccessControl.user("admin", "CAN_MANAGE");
    assertThat(admin.withCaller(List.of(own))).containsExactly(own);
  }

  @Test
  void theCallerCannotBeGivenLessThanManage() {
    assertThatThrownBy(() -> admin.withCaller(List.of(AccessControl.user("admin", "CAN_VIEW"))))
        .hasMessageContaining("user_name \"admin\" is the principal applying this configuration")
        .hasMessageContaining("given CAN_VIEW");
  }

  @Test
  void aGrantOfTheSameNameButAnotherKindIsNotTheCaller() {
    AccessControl group = AccessControl.group("admin2", "CAN_VIEW");
    AccessControl spNamedAdmin = AccessControl.servicePrincipal("admin", "CAN_VIEW");
    assertThat(admin.withCaller(List.of(spNamedAdmin))).hasSize(2);
    assertThat(admin.names(group)).isFalse();
    assertThat(bot.names(AccessControl.user("app-1", "CAN_VIEW"))).isFalse();
  }

  @Test
  void readingDropsAdminsInheritedRowsAndTheUnconfiguredCaller() {
    AccessControl eng = AccessControl.group("eng", "CAN_QUERY");
    Permissions answered =
        answered(direct(AccessControl.user("admin", "CAN_MANAGE")), direct(eng), ADMINS_ROW);
    assertThat(admin.managed(answered, List.of())).containsExactly(eng);
    assertThat(admin.managed(answered, List.of(AccessControl.user("admin", "CAN_MANAGE"))))
        .containsExactly(AccessControl.user("admin", "CAN_MANAGE"), eng);
  }

  @Test
  void grantsMadeOutsideTerraformAreReadSoTheyShowAsDrift() {
    AccessControl stranger = AccessControl.user("mallory", "CAN_MANAGE");
    assertThat(admin.managed(answered(direct(stranger), ADMINS_ROW), List.of()))
        .containsExactly(stranger);
  }
}
