package dev.gatehouse.terraform.resources.serviceprincipal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.client.IdentitiesApi.ServicePrincipal;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.resources.Resources;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServicePrincipalResourceTest {
  static final String TYPE = "gatehouse_service_principal";
  final ServicePrincipalResource resource = new ServicePrincipalResource();
  final ProviderCore core = new ProviderCore(Resources.registry(), Map.of());

  static Value object(String id, String applicationId, String displayName, Boolean active) {
    return ServicePrincipalResource.BLOCK
        .newObject()
        .set("id", id)
        .set("application_id", applicationId)
        .set("display_name", displayName)
        .set("active", active)
        .build();
  }

  @Test
  void aNewPrincipalIsActiveByDefaultAndGetsItsIdsFromTheServer() {
    Value config = object(null, null, "bot", null);
    Result.Plan plan = core.plan(TYPE, Value.nullOf(config.type()), config, config);
    assertThat(plan.planned().get("active")).isEqualTo(Value.bool(true));
    assertThat(plan.planned().get("id").isUnknown()).isTrue();
    assertThat(plan.planned().get("application_id").isUnknown()).isTrue();
  }

  @Test
  void leavingActiveOutReactivatesAPrincipalDeactivatedElsewhere() {
    Value prior = object("4", "app", "bot", false);
    Value config = object(null, null, "bot", null);
    Value proposed = object("4", "app", "bot", false);
    Result.Plan plan = core.plan(TYPE, prior, proposed, config);
    assertThat(plan.planned().get("active")).isEqualTo(Value.bool(true));
    assertThat(plan.requiresReplace()).isEmpty();
  }

  @Test
  void aNewApplicationIdReplacesThePrincipalButANewDisplayNameDoesNot() {
    Value prior = object("4", "app", "bot", true);
    Result.Plan renamed =
        core.plan(
            TYPE, prior, object("4", "app", "robot", true), object(null, null, "robot", true));
    assertThat(renamed.requiresReplace()).isEmpty();
    Result.Plan newApp =
        core.plan(TYPE, prior, object("4", "app2", "bot", true), object(null, "app2", "bot", true));
    assertThat(newApp.requiresReplace()).containsExactly(AttributePath.of("application_id"));
  }

  @Test
  void theConfiguredSpellingOfTheApplicationIdIsKept() {
    ServicePrincipal answered = new ServicePrincipal("4", "abc-def", "bot", true);
    Value state = ServicePrincipalResource.state(answered, object("4", "ABC-def", "bot", true));
    assertThat(state.getString("application_id")).isEqualTo("ABC-def");
    Value changed = ServicePrincipalResource.state(answered, object("4", "other", "bot", true));
    assertThat(changed.getString("application_id")).isEqualTo("abc-def");
    Value imported =
        ServicePrincipalResource.state(
            answered, Value.unknown(ServicePrincipalResource.BLOCK.type()));
    assertThat(imported).isEqualTo(object("4", "abc-def", "bot", true));
  }

  @Test
  void bothNamesFollowTheServersRuleAtPlanTime() {
    Diagnostics diagnostics = new Diagnostics();
    resource.validate(object(null, " app", "bot ", null), diagnostics);
    assertThat(diagnostics.all())
        .extracting(d -> d.path())
        .containsExactly(AttributePath.of("application_id"), AttributePath.of("display_name"));
  }

  @Test
  void importStartsFromTheScimId() {
    Value state = resource.importState("4", null);
    assertThat(state.getString("id")).isEqualTo("4");
    assertThat(state.get("active")).isEqualTo(Value.nullOf(Type.BOOL));
  }
}
