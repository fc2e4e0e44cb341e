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
}
