package dev.gatehouse.terraform.resources.secret;

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

class SecretResourceTest {
  static final String TYPE = "gatehouse_secret";
  final SecretResource resource = new SecretResource();
  final Block block = resource.schema().block();
  final ProviderCore core = new ProviderCore(new Registry(List.of(resource), List.of()), Map.of());
  final Value none = Value.nullOf(block.type());

  Value config(String stringValue, String writeOnly, Long version) {
    return block
        .newObject()
        .set("scope", "llm")
        .set("key", "openai")
        .set("string_value", stringValue)
        .set("string_value_wo", writeOnly)
        .set("string_value_wo_version", version)
        .build();
  }

  /** The state after an apply of {@code config}, as the framework would store it. */
  Value stateOf(Value config) {
    return config
        .with("string_value_wo", Value.nullOf(Type.STRING))
        .with("id", Value.string("llm|||openai"))
        .with("config_reference", Value.string("{{secrets/llm/openai}}"))
        .with("last_updated_timestamp", Value.number(1000L));
  }

  /**
   * What Terraform proposes for an existing secret: the configuration, with the computed values of
   * the state and, to be safe whether or not Terraform strips it, the write-only value.
   */
  Value proposed(Value config) {
    return stateOf(config).with("string_value_wo", config.get("string_value_wo"));
  }

  List<AttributePath> errors(Value config) {
    Diagnostics diagnostics = new Diagnostics();
    resource.validate(config, diagnostics);
    return diagnostics.all().stream().map(Diagnostic::path).toList();
  }

  @Test
  void takesExactlyOneWayOfGivingTheValue() {
    assertThat(errors(config("v", null, null))).isEmpty();
    assertThat(errors(config(null, "v", 1L))).isEmpty();
    assertThat(errors(config(null, null, null))).containsExactly(AttributePath.of("string_value"));
    assertThat(errors(config("v", "w", 1L))).containsExactly(AttributePath.of("string_value_wo"));
  }

  @Test
  void theWriteOnlyValueNeedsAVersionAndTheVersionNeedsIt() {
    assertThat(errors(config(null, "v", null)))
        .containsExactly(AttributePath.of("string_value_wo_version"));
    assertThat(errors(config("v", null, 1L)))
        .containsExactly(AttributePath.of("string_value_wo_version"));
  }

  @Test
  void unknownValuesCountAsSetAndAreNotCheckedFurther() {
    Value config = config(null, null, null).with("string_value", Value.unknown(Type.STRING));
    assertThat(errors(config.with("scope", Value.unknown(Type.STRING)))).isEmpty();
  }

  @Test
  void namesAndSizeFollowTheServersRules() {
    assertThat(errors(config("v", null, null).with("scope", Value.string("has space"))))
        .containsExactly(AttributePath.of("scope"));
    assertThat(errors(config("v", null, null).with("key", Value.string("k/1"))))
        .containsExactly(AttributePath.of("key"));
    assertThat(errors(config("x".repeat(SecretValue.MAX_BYTES), null, null))).isEmpty();
    assertThat(errors(config(null, "é".repeat(SecretValue.MAX_BYTES / 2 + 1), 1L)))
        .containsExactly(AttributePath.of("string_value_wo"));
  }

  @Test
  void createPlansTheIdAndReferenceButNeverTheWriteOnlyValue() {
    Value config = config(null, "canary", 1L);
    Result.Plan plan = core.plan(TYPE, none, config, config);
    assertThat(plan.diagnostics().all()).isEmpty();
    assertThat(plan.planned().getString("id")).isEqualTo("llm|||openai");
    assertThat(plan.planned().getString("config_reference")).isEqualTo("{{secrets/llm/openai}}");
    assertThat(plan.planned().get("last_updated_timestamp").isUnknown()).isTrue();
    assertThat(plan.planned().get("string_value_wo").isNull()).isTrue();
  }

  @Test
  void aWriteOnlyValueAloneIsNoChangeButANewVersionPutsItInPlace() {
    Value state = stateOf(config(null, "canary", 1L));
    Value same = config(null, "another value", 1L);
    Result.Plan unchanged = core.plan(TYPE, state, proposed(same), same);
    assertThat(unchanged.planned()).isEqualTo(state);
    assertThat(unchanged.requiresReplace()).isEmpty();

    Value bumped = config(null, "another value", 2L);
    Result.Plan plan = core.plan(TYPE, state, proposed(bumped), bumped);
    assertThat(plan.requiresReplace()).isEmpty();
    assertThat(plan.planned().get("last_updated_timestamp").isUnknown()).isTrue();
    assertThat(plan.planned().get("string_value_wo").isNull()).isTrue();
  }

  @Test
  void aNewStringValueIsPutInPlaceAndANewKeyReplaces() {
    Value state = stateOf(config("old", null, null));
    Value changed = config("new", null, null);
    Result.Plan plan = core.plan(TYPE, state, proposed(changed), changed);
    assertThat(plan.requiresReplace()).isEmpty();
    assertThat(plan.planned().get("last_updated_timestamp").isUnknown()).isTrue();

    Value renamed = config("old", null, null).with("key", Value.string("other"));
    Result.Plan replace = core.plan(TYPE, state, proposed(renamed), renamed);
    assertThat(replace.requiresReplace()).containsExactly(AttributePath.of("key"));
    assertThat(replace.planned().getString("config_reference")).isEqualTo("{{secrets/llm/other}}");
  }

  @Test
  void sendsTheStoredValueOrElseTheWriteOnlyOne() {
    assertThat(SecretValue.toSend(config("kept", null, null))).isEqualTo("kept");
    assertThat(SecretValue.toSend(config(null, "never kept", 1L))).isEqualTo("never kept");
  }

  @Test
  void readKeepsWhatTheApiNeverReturnsAndTakesTheTimestamp() {
    Value state = stateOf(config("kept", null, null));
    Value read =
        SecretResource.withServerView(state, new SecretsApi.SecretMetadata("openai", 2000L));
    assertThat(read.getString("string_value")).isEqualTo("kept");
    assertThat(read.get("last_updated_timestamp")).isEqualTo(Value.number(2000L));
    assertThat(read.getString("config_reference")).isEqualTo("{{secrets/llm/openai}}");
  }

  @Test
  void importTakesScopeAndKeyAndExplainsABadId() {
    Value imported = resource.importState("llm|||openai", null);
    assertThat(imported.getString("scope")).isEqualTo("llm");
    assertThat(imported.getString("key")).isEqualTo("openai");

    Result refused = core.importState(TYPE, "llm/openai");
    assertThat(refused.diagnostics().all())
        .extracting(Diagnostic::summary)
        .containsExactly("Invalid import id for gatehouse_secret");
    assertThat(refused.diagnostics().all().get(0).detail()).contains("<scope>|||<key>");
  }

  @Test
  void theValueIsSensitiveAndOnlyScopeAndKeyForceANewSecret() {
    assertThat(block.attribute("string_value").orElseThrow().isSensitive()).isTrue();
    assertThat(block.attribute("string_value_wo").orElseThrow().isWriteOnly()).isTrue();
    assertThat(block.attribute("string_value_wo").orElseThrow().isSensitive()).isTrue();
    assertThat(block.attributes().stream().filter(a -> a.isForceNew()).map(a -> a.name()))
        .containsExactly("scope", "key");
  }
}
