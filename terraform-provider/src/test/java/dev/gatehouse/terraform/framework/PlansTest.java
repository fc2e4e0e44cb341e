package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlansTest {
  static final Block BLOCK =
      Block.of(
          "",
          Attribute.string("id").computed(),
          Attribute.string("name").required().forceNew(),
          Attribute.string("description").optional(),
          Attribute.string("secret").optional().writeOnly(),
          NestedBlock.list(
              "entity",
              Block.of(
                  "",
                  Attribute.string("model").required().forceNew(),
                  Attribute.string("workload").optional().computed())));

  static Value entity(String model, String workload) {
    Type.ObjectType type = BLOCK.blocks().get(0).block().type();
    return Value.object(
        type, Map.of("model", Value.string(model), "workload", Value.string(workload)));
  }

  static Value object(String id, String name, String description, Value... entities) {
    return BLOCK
        .newObject()
        .set("id", id)
        .set("name", name)
        .set("description", description)
        .set("entity", Value.list(BLOCK.blocks().get(0).block().type(), List.of(entities)))
        .build();
  }

  @Test
  void onCreateComputedNullsBecomeUnknownInNestedBlocksToo() {
    Value proposed = object(null, "a", null, entity("gpt", null));
    Value planned = Plans.plannedState(BLOCK, Value.nullOf(BLOCK.type()), proposed);
    assertThat(planned.get("id").isUnknown()).isTrue();
    assertThat(planned.get("description").isNull()).isTrue();
    assertThat(planned.get("entity").elements().get(0).get("workload").isUnknown()).isTrue();
    assertThat(Plans.requiresReplace(BLOCK, Value.nullOf(BLOCK.type()), planned)).isEmpty();
  }

  @Test
  void noChangeKeepsThePriorStateExactly() {
    Value prior = object("a", "a", null, entity("gpt", null));
    assertThat(Plans.plannedState(BLOCK, prior, prior)).isEqualTo(prior);
  }

  @Test
  void forceNewChangesRequireReplacementWithTheirPath() {
    Value prior = object("a", "a", "d", entity("gpt", "CPU"));
    Value proposed = object("a", "b", "d", entity("claude", "CPU"));
    List<AttributePath> paths =
        Plans.requiresReplace(BLOCK, prior, Plans.plannedState(BLOCK, prior, proposed));
    assertThat(paths)
        .containsExactly(
            AttributePath.of("name"), AttributePath.of("entity").index(0).attribute("model"));
    assertThat(paths.get(1)).hasToString("entity[0].model");
  }

  @Test
  void inPlaceChangesDoNotReplace() {
    Value prior = object("a", "a", "d", entity("gpt", "CPU"));
    Value proposed = object("a", "a", "changed", entity("gpt", "CPU"));
    assertThat(Plans.requiresReplace(BLOCK, prior, Plans.plannedState(BLOCK, prior, proposed)))
        .isEmpty();
  }

  @Test
  void settleKeepsPlannedValuesFillsUnknownsAndDropsWriteOnly() {
    Value planned =
        Plans.markComputedUnknown(BLOCK, object(null, "a", null, entity("gpt", null)))
            .with("secret", Value.string("s3cr3t"));
    Value fromApi = object("a", "a", "server-default", entity("gpt", "CPU"));
    Value state = States.settle(BLOCK, planned, fromApi);
    assertThat(state.getString("id")).isEqualTo("a");
    assertThat(state.get("description").isNull()).isTrue();
    assertThat(state.get("secret").isNull()).isTrue();
    assertThat(state.get("entity").elements().get(0).getString("workload")).isEqualTo("CPU");
  }

  @Test
  void settleTurnsUnknownsTheApiDidNotFillIntoNull() {
    Value planned = Plans.markComputedUnknown(BLOCK, object(null, "a", null));
    Value state = States.settle(BLOCK, planned, null);
    assertThat(state.get("id").isNull()).isTrue();
    assertThat(state.isWhollyKnown()).isTrue();
  }

  @Test
  void settleTakesAPartlyUnknownCollectionFromTheApi() {
    Block block = Block.of("", Attribute.of("ports", Type.list(Type.NUMBER)).optional().computed());
    Value planned =
        block
            .newObject()
            .set(
                "ports",
                Value.list(Type.NUMBER, List.of(Value.number(1), Value.unknown(Type.NUMBER))))
            .build();
    Value fromApi =
        block
            .newObject()
            .set("ports", Value.list(Type.NUMBER, List.of(Value.number(1), Value.number(2))))
            .build();
    assertThat(States.settle(block, planned, fromApi)).isEqualTo(fromApi);
  }
}
