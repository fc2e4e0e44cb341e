package dev.gatehouse.terraform.resources.scim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import org.junit.jupiter.api.Test;

class ScimNameRuleTest {
  static final Block BLOCK = Block.of("", Attribute.string("display_name").optional());

  static Diagnostics check(Value name) {
    Diagnostics diagnostics = new Diagnostics();
    ScimNameRule.check(
        BLOCK.newObject().set("display_name", name).build(), "display_name", diagnostics);
    return diagnostics;
  }

  @Test
  void acceptsOrdinaryNamesAndLeavesUnsetOrUnknownOnes() {
    for (Value ok :
        new Value[] {
          Value.string("data-team"),
          Value.string("a".repeat(255)),
          Value.string("Ana B."),
          Value.string(null),
          Value.unknown(Type.STRING)
        }) {
      assertThat(check(ok).all()).as(ok.toString()).isEmpty();
    }
  }

  @Test
  void refusesWhatTheServerRefusesAtTheAttribute() {
    for (String bad : new String[] {"", "a".repeat(256), " padded", "padded ", "tab\there"}) {
      Diagnostics diagnostics = check(Value.string(bad));
      assertThat(diagnostics.all()).as(bad).hasSize(1);
      assertThat(diagnostics.all())
          .extracting(Diagnostic::path)
          .containsExactly(AttributePath.of("display_name"));
      assertThat(diagnostics.all().get(0).summary()).isEqualTo("Invalid display_name");
    }
  }
}
