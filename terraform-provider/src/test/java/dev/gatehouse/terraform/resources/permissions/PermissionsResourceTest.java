package dev.gatehouse.terraform.resources.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.terraform.client.IdentitiesApi.CurrentPrincipal;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.client.PermissionsApi.Permissions;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionsResourceTest {
  final PermissionsResource resource = new PermissionsResource();
  final CallerGrant admin = new CallerGrant(new CurrentPrincipal("admin", false));

  @Test
  void importTakesTheObjectIdOrTheBareEndpointId() {
    for (String id : new String[] {"/serving-endpoints/e1", "e1"}) {
      Value state = resource.importState(id, null);
      assertThat(state.getString("id")).isEqualTo("/serving-endpoints/e1");
      assertThat(state.getString("serving_endpoint_id")).isEqualTo("e1");
      assertThat(state.get("access_control").elements()).isEmpty();
    }
  }

  @Test
  void importRefusesOtherObjectIdsWithADiagnostic() {
    for (String id : new String[] {"/clusters/c1", "/serving-endpoints/", ""}) {
      Diagnostics diagnostics = new Diagnostics();
      Value state = resource.importState(id, new ResourceContext(null, diagnostics));
      assertThat(state.isNull()).as(id).isTrue();
      assertThat(diagnostics.all()).as(id).hasSize(1);
      assertThat(diagnostics.all().get(0).detail())
          .contains("/serving-endpoints/<serving_endpoint_id>");
    }
  }

  @Test
  void theStateHoldsTheManagedGrantsAsASet() {
    AccessControl eng = AccessControl.group("eng", "CAN_QUERY");
    Permissions answered =
        CallerGrantTest.answered(
            CallerGrantTest.direct(AccessControl.user("admin", "CAN_MANAGE")),
            CallerGrantTest.direct(eng),
            CallerGrantTest.ADMINS_ROW);
    Value state = PermissionsResource.state("e1", admin.managed(answered, List.of()));
    assertThat(state.getString("id")).isEqualTo("/serving-endpoints/e1");
    assertThat(state.get("access_control"))
        .isEqualTo(AccessControlValues.toValue(PermissionsResource.ENTRY, List.of(eng)));
    assertThat(AccessControlValues.fromValue(state.get("access_control"))).containsExactly(eng);
  }

  @Test
  void permissionsOfAnotherObjectTypeAreRefused() {
    Permissions cluster = new Permissions("/clusters/c1", "cluster", List.of());
    assertThatThrownBy(() -> PermissionsResource.checkObjectType(cluster))
        .hasMessageContaining("serving-endpoint");
  }

  @Test
  void appliedGrantsMeetTheirPartlyUnknownPlannedElements() {
    Value plannedGroup = AccessControlRulesTest.entry("group_name", "eng", "CAN_QUERY");
    Value plannedBot =
        AccessControlRulesTest.entry(
            "service_principal_name",
            Value.unknown(dev.gatehouse.terraform.framework.Type.STRING),
            Value.string("CAN_MANAGE"));
    AccessControl bot = AccessControl.servicePrincipal("app-1", "CAN_MANAGE");
    AccessControl group = AccessControl.group("eng", "CAN_QUERY");
    AccessControl extra = AccessControl.user("ana", "CAN_VIEW");
    assertThat(
            AccessControlValues.inPlannedOrder(
                AccessControlRulesTest.set(plannedGroup, plannedBot), List.of(extra, bot, group)))
        .containsExactly(group, bot, extra);
    assertThat(
            AccessControlValues.inPlannedOrder(
                AccessControlRulesTest.set(plannedBot, plannedGroup), List.of(group, bot)))
        .containsExactly(bot, group);
  }

  @Test
  void onlyTheEndpointForcesReplacement() {
    var block = resource.schema().block();
    assertThat(block.attribute("serving_endpoint_id").orElseThrow().isForceNew()).isTrue();
    assertThat(block.blocks().get(0).isForceNew()).isFalse();
  }

  @Test
  void validationRunsTheAccessControlRules() {
    Diagnostics diagnostics = new Diagnostics();
    Value config =
        resource
            .schema()
            .block()
            .newObject()
            .set("serving_endpoint_id", "e1")
            .set(
                "access_control",
                AccessControlRulesTest.set(
                    AccessControlRulesTest.entry("group_name", "admins", "CAN_MANAGE")))
            .build();
    resource.validate(config, diagnostics);
    assertThat(diagnostics.hasErrors()).isTrue();
  }
}
