package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  @Test
  void decodesAStoredStateDroppingRemovedAttributes() {
    String json =
        "{\"name\":\"ep\",\"count\":12345678901234567890.25,\"enabled\":true,\"removed\":1,"
            + "\"tags\":[\"a\"],\"labels\":{\"k\":\"v\"},\"entity\":[{\"model\":\"m\",\"limits\":null}],"
            + "\"anything\":{\"value\":[\"x\"],\"type\":[\"list\",\"string\"]}}";
    Value state =
        JsonCodec.decode(json.getBytes(StandardCharsets.UTF_8), MsgpackCodecTest.NESTED.type());
    assertThat(state.getString("name")).isEqualTo("ep");
    assertThat(state.get("count").asNumber())
        .isEqualByComparingTo(new BigDecimal("12345678901234567890.25"));
    assertThat(state.get("enabled").asBool()).isTrue();
    assertThat(state.get("tags").elements()).containsExactly(Value.string("a"));
    assertThat(state.get("entity").elements().get(0).getString("model")).isEqualTo("m");
    assertThat(state.get("anything"))
        .isEqualTo(Value.list(Type.STRING, List.of(Value.string("x"))));
    assertThat(state.get("rule").isNull()).isTrue();
    assertThat(States.withEmptyBlocks(MsgpackCodecTest.NESTED, state).get("rule").elements())
        .isEmpty();
  }

  @Test
  void encodesAndDecodesTheSameValue() {
    Value value =
        MsgpackCodecTest.NESTED
            .newObject()
            .set("name", "ep")
            .set("anything", Value.number(7))
            .build();
    Type type = MsgpackCodecTest.NESTED.type();
    assertThat(JsonCodec.decode(JsonCodec.encode(value, type), type)).isEqualTo(value);
  }
}
