package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeoutsTest {
  static final Block BLOCK =
      Block.of("", Attribute.string("name").required(), Timeouts.block("create", "update"));

  static Value withTimeouts(Map<String, Value> limits) {
    Type.ObjectType type = BLOCK.blocks().get(0).block().type();
    return BLOCK.newObject().set("name", "x").set("timeouts", Value.object(type, limits)).build();
  }

  @Test
  void parsesTerraformDurations() {
    assertThat(Timeouts.parse("45m")).isEqualTo(Duration.ofMinutes(45));
    assertThat(Timeouts.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Timeouts.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Timeouts.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Timeouts.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThatThrownBy(() -> Timeouts.parse("45 minutes")).hasMessageContaining("45m");
    assertThatThrownBy(() -> Timeouts.parse("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheConfiguredLimitOrTheDefault() {
    Value config = withTimeouts(Map.of("create", Value.string("10m")));
    assertThat(Timeouts.get(config, "create", Duration.ofMinutes(45)))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(Timeouts.get(config, "update", Duration.ofMinutes(45)))
        .isEqualTo(Duration.ofMinutes(45));
    Value none = BLOCK.newObject().set("name", "x").build();
    assertThat(Timeouts.get(none, "create", Duration.ofMinutes(45)))
        .isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void anInvalidDurationPointsAtItsAttribute() {
    Diagnostics diagnostics = new Diagnostics();
    Timeouts.validate(withTimeouts(Map.of("update", Value.string("soon"))), diagnostics);
    assertThat(diagnostics.all())
        .extracting(Diagnostic::path)
        .containsExactly(AttributePath.of("timeouts").attribute("update"));
  }
}
