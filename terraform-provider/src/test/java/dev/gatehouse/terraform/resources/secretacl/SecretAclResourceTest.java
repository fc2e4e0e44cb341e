package dev.gatehouse.terraform.resources.secretacl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.client.SecretsApi;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Registry;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretAclResourceTest {
  static final String TYPE = "gatehouse_secret_acl";
  final SecretAclResource resource = new SecretAclResource();
  final Block block = resource.schema().block();
  final ProviderCore core = new ProviderCore(new Registry(List.of(resource), List.of()), Map.of());

  Value config(String principal, String permission) {
    return block
        .newObject()
        .set("scope", "llm")
        .set("principal", principal)
        .set("permission", permission)
        .build();
  }

  Value stateOf(Value config) {
    return config.with("id", Value.string("llm|||" + config.getString("principal")));
  }

  List<AttributePath> errors(Value config) {
    Diagnostics diagnostics = new Diagnostics();
    resource.validate(config, diagnostics);
    return diagnostics.all().stream().map(Diagnostic::path).toList();
  }

  @Test
  void acceptsTheServersPermissionsOnly() {
    for (String permission : List.of("READ", "WRITE", "MANAGE")) {
      assertThat(errors(config("data-team", permission))).isEmpty();
    }
    for (String permission : List.of("read", "OWNER", "")) {
      assertThat(errors(config("data-team", permission)))
          .as(permission)
          .containsExactly(AttributePath.of("permission"));
    }
    assertThat(errors(config("data-team", null).with("permission", Value.unknown(Type.STRING))))
        .isEmpty();
  }

  @Test
  void checksPrincipalAndScopeLikeTheServer() {
    assertThat(errors(config("", "READ"))).containsExactly(AttributePath.of("principal"));
    assertThat(errors(config("p".repeat(256), "READ")))
        .containsExactly(AttributePath.of("principal"));
    assertThat(errors(config("someone@example.com", "READ"))).isEmpty();
    assertThat(errors(config("users", "READ").with("scope", Value.string("a/b"))))
        .containsExactly(AttributePath.of("scope"));
  }

  @Test
  void aNewPermissionChangesInPlaceAndANewPrincipalReplaces() {
    Value state = stateOf(config("data-team", "READ"));
    Value upgraded = config("data-team", "MANAGE");
    Result.Plan plan = core.plan(TYPE, state, upgraded.with("id", state.get("id")), upgraded);
    assertThat(plan.requiresReplace()).isEmpty();
    assertThat(plan.planned().getString("permission")).isEqualTo("MANAGE");

    Value other = config("ops", "READ");
    Result.Plan replace = core.plan(TYPE, state, other.with("id", state.get("id")), other);
    assertThat(replace.requiresReplace()).containsExactly(AttributePath.of("principal"));
    assertThat(replace.planned().getString("id")).isEqualTo("llm|||ops");
  }

  @Test
  void createPlansAKnownId() {
    Value config = config("data-team", "WRITE");
    Result.Plan plan = core.plan(TYPE, Value.nullOf(block.type()), config, config);
    assertThat(plan.planned().getString("id")).isEqualTo("llm|||data-team");
  }

  @Test
  void readReportsThePermissionTheServerHolds() {
    Value state = stateOf(config("data-team", "READ"));
    Value read = SecretAclResource.withServerView(state, new SecretsApi.Acl("data-team", "WRITE"));
    assertThat(read.getString("permission")).isEqualTo("WRITE");
    assertThat(read.getString("id")).isEqualTo("llm|||data-team");
  }

  @Test
  void importTakesScopeAndPrincipalAndExplainsABadId() {
    Value imported = resource.importState("llm|||data-team", null);
    assertThat(imported.getString("scope")).isEqualTo("llm");
    assertThat(imported.getString("principal")).isEqualTo("data-team");
    assertThat(core.importState(TYPE, "data-team").diagnostics().all())
        .extracting(Diagnostic::summary)
        .containsExactly("Invalid import id for gatehouse_secret_acl");
  }

  @Test
  void onlyThePermissionChangesInPlace() {
    assertThat(block.attributes().stream().filter(a -> a.isForceNew()).map(a -> a.name()))
        .containsExactly("scope", "principal");
  }
}
