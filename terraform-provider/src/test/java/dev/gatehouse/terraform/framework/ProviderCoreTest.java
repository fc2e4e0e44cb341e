package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.client.GatehouseApiException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The framework's lifecycle around a resource, with an in-memory resource instead of HTTP. */
class ProviderCoreTest {
  static final Block BLOCK =
      Block.of(
          "",
          Attribute.string("id").computed(),
          Attribute.string("name").required().forceNew(),
          Attribute.string("size").optional().computed(),
          Attribute.string("password").optional().sensitive().writeOnly());

  /** Keeps objects in a map; "size" defaults to "S" like a server default. */
  static class MemoryResource implements Resource {
    final Map<String, String> sizes = new HashMap<>();
    RuntimeException failure;

    @Override
    public String typeName() {
      return "test_thing";
    }

    @Override
    public Schema schema() {
      return Schema.of(BLOCK);
    }

    @Override
    public Value create(Value planned, Value config, ResourceContext context) {
      if (failure != null) {
        throw failure;
      }
      String size = planned.get("size").isKnown() ? planned.getString("size") : "S";
      sizes.put(planned.getString("name"), size);
      return read(planned, context);
    }

    @Override
    public Value read(Value state, ResourceContext context) {
      String name = state.getString("name");
      String size = sizes.get(name);
      return size == null
          ? null
          : BLOCK.newObject().set("id", name).set("name", name).set("size", size).build();
    }

    @Override
    public Value update(Value prior, Value planned, Value config, ResourceContext context) {
      if ("XXL".equals(planned.getString("size"))) {
        context.diagnostics().error(AttributePath.of("size"), "No such size", "Use S to L.");
        return read(prior, context);
      }
      sizes.put(planned.getString("name"), planned.getString("size"));
      return read(planned, context);
    }

    @Override
    public void delete(Value state, ResourceContext context) {
      sizes.remove(state.getString("name"));
    }

    @Override
    public Value importState(String id, ResourceContext context) {
      return BLOCK.newObject().set("id", id).set("name", id).build();
    }
  }

  final MemoryResource resource = new MemoryResource();
  final ProviderCore core = new ProviderCore(new Registry(List.of(resource), List.of()), Map.of());
  final Value none = Value.nullOf(BLOCK.type());

  @BeforeEach
  void configure() {
    Value config =
        ProviderConfig.SCHEMA
            .block()
            .newObject()
            .set("host", "http://h:1")
            .set("token", "t")
            .build();
    assertThat(core.configure(config).all()).isEmpty();
  }

  Value config(String name, String size, String password) {
    return BLOCK.newObject().set("name", name).set("size", size).set("password", password).build();
  }

  @Test
  void createPlansUnknownsThenStoresTheServerDefaultsAndNeverTheWriteOnlyValue() {
    Value config = config("a", null, "hunter2");
    Result.Plan plan = core.plan("test_thing", none, config, config);
    assertThat(plan.planned().get("id").isUnknown()).isTrue();
    assertThat(plan.planned().get("size").isUnknown()).isTrue();
    assertThat(plan.planned().get("password").isNull()).isTrue();

    Result applied = core.apply("test_thing", none, plan.planned(), config);
    assertThat(applied.diagnostics().all()).isEmpty();
    assertThat(applied.value())
        .isEqualTo(BLOCK.newObject().set("id", "a").set("name", "a").set("size", "S").build());
  }

  @Test
  void renameRequiresReplacementAndAnInPlaceChangeDoesNot() {
    Value state =
        core.apply("test_thing", none, config("a", "M", null), config("a", "M", null)).value();
    Value renamed = state.with("name", Value.string("b"));
    assertThat(core.plan("test_thing", state, renamed, renamed).requiresReplace())
        .containsExactly(AttributePath.of("name"));
    Value resized = state.with("size", Value.string("L"));
    assertThat(core.plan("test_thing", state, resized, resized).requiresReplace()).isEmpty();
    assertThat(core.apply("test_thing", state, resized, resized).value().getString("size"))
        .isEqualTo("L");
  }

  @Test
  void aPartlyFailedUpdateStoresWhatTheResourceReportsNotThePlan() {
    Value state =
        core.apply("test_thing", none, config("a", "M", null), config("a", "M", null)).value();
    Value tooBig = state.with("size", Value.string("XXL"));
    Result applied = core.apply("test_thing", state, tooBig, tooBig);
    assertThat(applied.diagnostics().hasErrors()).isTrue();
    assertThat(applied.value().getString("size")).isEqualTo("M");
  }

  @Test
  void anObjectGoneFromTheApiReadsAsNullSoTerraformRecreatesIt() {
    Value state =
        core.apply("test_thing", none, config("a", "M", null), config("a", "M", null)).value();
    resource.sizes.clear();
    assertThat(core.read("test_thing", state).value().isNull()).isTrue();
  }

  @Test
  void importThenReadGivesTheFullState() {
    resource.sizes.put("x", "XL");
    Value imported = core.importState("test_thing", "x").value();
    assertThat(core.read("test_thing", imported).value().getString("size")).isEqualTo("XL");
  }

  @Test
  void destroyAnswersANullState() {
    Value state =
        core.apply("test_thing", none, config("a", "M", null), config("a", "M", null)).value();
    assertThat(core.apply("test_thing", state, none, none).value().isNull()).isTrue();
    assertThat(resource.sizes).isEmpty();
  }

  @Test
  void anApiErrorBecomesADiagnosticWithTheServersMessageAndNothingIsStored() {
    resource.failure = new GatehouseApiException(409, "RESOURCE_ALREADY_EXISTS", "Scope a exists.");
    Value config = config("a", null, null);
    Result applied =
        core.apply(
            "test_thing", none, core.plan("test_thing", none, config, config).planned(), config);
    assertThat(applied.value().isNull()).isTrue();
    assertThat(applied.diagnostics().all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).isEqualTo("Gatehouse refused to create test_thing");
              assertThat(d.detail()).isEqualTo("409 RESOURCE_ALREADY_EXISTS: Scope a exists.");
            });
  }

  @Test
  void anUnconfiguredProviderIsExplained() {
    ProviderCore fresh =
        new ProviderCore(
            new Registry(
                List.of(
                    new MemoryResource() {
                      @Override
                      public Value read(Value state, ResourceContext context) {
                        context.client();
                        return state;
                      }
                    }),
                List.of()),
            Map.of());
    Result read = fresh.read("test_thing", config("a", "S", null));
    assertThat(read.diagnostics().all())
        .extracting(Diagnostic::summary)
        .containsExactly("The gatehouse provider is not configured");
  }

  @Test
  void storedStateIsUpgradedFromJsonWithTheCurrentSchema() {
    byte[] json =
        "{\"id\":\"a\",\"name\":\"a\",\"size\":\"S\",\"legacy\":true}"
            .getBytes(StandardCharsets.UTF_8);
    Value upgraded = core.upgradeState("test_thing", 0, json).value();
    assertThat(upgraded.getString("size")).isEqualTo("S");
    assertThat(upgraded.get("password").isNull()).isTrue();
  }

  @Test
  void writeOnlyArgumentsAreRefusedWhenTerraformCannotKeepThemOutOfState() {
    Value config = config("a", null, "hunter2");
    assertThat(core.validateResource("test_thing", config, true).all()).isEmpty();
    assertThat(core.validateResource("test_thing", config, false).all())
        .singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo(AttributePath.of("password")));
    assertThat(core.validateResource("test_thing", config("a", null, null), false).all()).isEmpty();
  }

  @Test
  void aResourceCanAddReplacementsAndUnknownsToThePlan() {
    ProviderCore custom =
        new ProviderCore(
            new Registry(
                List.of(
                    new MemoryResource() {
                      @Override
                      public void modifyPlan(PlanChange change) {
                        if (change.changed("size")) {
                          change.requireReplace(AttributePath.of("size"));
                          change.plan(change.planned().with("id", Value.unknown(Type.STRING)));
                        }
                      }
                    }),
                List.of()),
            Map.of());
    Value state = config("a", "S", null).with("id", Value.string("a"));
    Value resized = state.with("size", Value.string("L"));
    Result.Plan plan = custom.plan("test_thing", state, resized, resized);
    assertThat(plan.requiresReplace()).containsExactly(AttributePath.of("size"));
    assertThat(plan.planned().get("id").isUnknown()).isTrue();
    assertThat(custom.plan("test_thing", state, state, state).requiresReplace()).isEmpty();
  }

  @Test
  void anUnreachableServerIsExplainedWithTheHostToCheck() {
    resource.failure =
        new dev.gatehouse.terraform.client.GatehouseUnreachableException(
            "Cannot reach Gatehouse at http://h:1 (ConnectException).", null);
    Value config = config("a", null, null);
    Result applied =
        core.apply(
            "test_thing", none, core.plan("test_thing", none, config, config).planned(), config);
    assertThat(applied.diagnostics().all())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).isEqualTo("Cannot reach Gatehouse to create test_thing");
              assertThat(d.detail()).contains("http://h:1").contains("GATEHOUSE_HOST");
            });
  }
}
