package dev.gatehouse.terraform.resources.secretscope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import org.junit.jupiter.api.Test;

class SecretScopeResourceTest {
  final SecretScopeResource resource = new SecretScopeResource();

  Value config(Value principal) {
    return resource
        .schema()
        .block()
        .newObject()
        .set("name", "s")
        .set("initial_manage_principal", principal)
        .build();
  }

  @Test
  void acceptsUsersUnsetAndUnknownPrincipals() {
    for (Value principal :
        new Value[] {Value.string("users"), Value.string(null), Value.unknown(Type.STRING)}) {
      Diagnostics diagnostics = new Diagnostics();
      resource.validate(config(principal), diagnostics);
      assertThat(diagnostics.all()).isEmpty();
    }
  }

  @Test
  void refusesOtherPrincipalsAtTheirAttribute() {
    Diagnostics diagnostics = new Diagnostics();
    resource.validate(config(Value.string("admins")), diagnostics);
    assertThat(diagnostics.all())
        .extracting(Diagnostic::path)
        .containsExactly(AttributePath.of("initial_manage_principal"));
  }

  @Test
  void importStartsFromTheNameWithEmptyBlocks() {
    Value state = resource.importState("team-a", null);
    assertThat(state.getString("id")).isEqualTo("team-a");
    assertThat(state.getString("name")).isEqualTo("team-a");
    assertThat(state.get("keyvault_metadata").elements()).isEmpty();
  }

  @Test
  void everyArgumentForcesANewScope() {
    assertThat(resource.schema().block().attribute("name").orElseThrow().isForceNew()).isTrue();
    assertThat(
            resource
                .schema()
                .block()
                .attribute("initial_manage_principal")
                .orElseThrow()
                .isForceNew())
        .isTrue();
  }

  @Test
  void keyVaultScopesAreRefusedButAnUnknownBlockIsLeftForLater() {
    var block = resource.schema().block();
    var keyVaultType = block.blocks().get(0).block().type();
    Value keyVault =
        Value.object(
            keyVaultType,
            java.util.Map.of(
                "resource_id", Value.string("/subscriptions/x"),
                "dns_name", Value.string("https://x.vault.azure.net/")));
    Diagnostics refused = new Diagnostics();
    resource.validate(
        config(Value.string(null))
            .with("keyvault_metadata", Value.list(keyVaultType, java.util.List.of(keyVault))),
        refused);
    assertThat(refused.all())
        .extracting(Diagnostic::path)
        .containsExactly(AttributePath.of("keyvault_metadata"));
    Diagnostics unknown = new Diagnostics();
    resource.validate(
        config(Value.string(null))
            .with("keyvault_metadata", Value.unknown(Type.list(keyVaultType))),
        unknown);
    assertThat(unknown.all()).isEmpty();
  }
}
