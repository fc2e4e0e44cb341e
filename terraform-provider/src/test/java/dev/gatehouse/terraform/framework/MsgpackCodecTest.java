package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

class MsgpackCodecTest {
  static final Block NESTED =
      Block.of(
          "",
          Attribute.string("name").required(),
          Attribute.number("count").optional(),
          Attribute.bool("enabled").optional(),
          Attribute.of("tags", Type.set(Type.STRING)).optional(),
          Attribute.of("labels", Type.map(Type.STRING)).optional(),
          Attribute.of("ports", Type.list(Type.NUMBER)).optional(),
          Attribute.of("anything", Type.DYNAMIC).optional(),
          NestedBlock.list(
              "entity",
              Block.of(
                  "",
                  Attribute.string("model").required(),
                  NestedBlock.single(
                      "limits", Block.of("", Attribute.number("calls").optional())))),
          NestedBlock.set("rule", Block.of("", Attribute.string("key").required())));

  static Value roundTrip(Value value, Type type) {
    return MsgpackCodec.decode(MsgpackCodec.encode(value, type), type);
  }

  @Test
  void primitivesRoundTrip() {
    for (Value v :
        List.of(
            Value.string("héllo"),
            Value.string(""),
            Value.bool(true),
            Value.bool(false),
            Value.number(42),
            Value.number(-7),
            Value.number(new BigDecimal("1.5")),
            Value.number(new BigDecimal("0.1")),
            Value.number(new BigDecimal("123456789012345678901234567890.123456789")))) {
      assertThat(roundTrip(v, v.type())).isEqualTo(v);
    }
  }

  @Test
  void numbersEncodeAsIntFloatOrStringLikeTerraform() throws IOException {
    assertThat(format(Value.number(42))).isEqualTo(ValueType.INTEGER);
    assertThat(format(Value.number(new BigDecimal("1.5")))).isEqualTo(ValueType.FLOAT);
    assertThat(format(Value.number(new BigDecimal("0.1")))).isEqualTo(ValueType.STRING);
    assertThat(format(Value.number(new BigDecimal("99999999999999999999"))))
        .isEqualTo(ValueType.STRING);
  }

  @Test
  void numbersDecodeFromIntFloatAndString() throws IOException {
    assertThat(decodeNumber(p -> p.packLong(3))).isEqualTo(Value.number(3));
    assertThat(decodeNumber(p -> p.packDouble(2.25)))
        .isEqualTo(Value.number(new BigDecimal("2.25")));
    assertThat(decodeNumber(p -> p.packString("12345678901234567890.5")))
        .isEqualTo(Value.number(new BigDecimal("12345678901234567890.5")));
    assertThat(
            decodeNumber(p -> p.packBigInteger(new java.math.BigInteger("18446744073709551615"))))
        .isEqualTo(Value.number(new BigDecimal("18446744073709551615")));
  }

  @Test
  void unknownIsAnyExtensionTypeWithItsPayloadSkipped() throws IOException {
    Block block = Block.of("", Attribute.string("a").optional(), Attribute.string("b").optional());
    MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
    packer.packMapHeader(2);
    packer.packString("a");
    packer.packExtensionTypeHeader((byte) 12, 3); // a refined unknown, as Terraform 1.11 sends
    packer.writePayload(new byte[] {(byte) 0x81, 0x01, (byte) 0xc3});
    packer.packString("b");
    packer.packExtensionTypeHeader((byte) 0, 0);
    Value decoded = MsgpackCodec.decode(packer.toByteArray(), block.type());
    assertThat(decoded.get("a").isUnknown()).isTrue();
    assertThat(decoded.get("b").isUnknown()).isTrue();
  }

  @Test
  void unknownIsWrittenAsExtensionZeroWithoutPayload() throws IOException {
    byte[] bytes = MsgpackCodec.encode(Value.unknown(Type.STRING), Type.STRING);
    try (MessageUnpacker in = MessagePack.newDefaultUnpacker(bytes)) {
      var header = in.unpackExtensionTypeHeader();
      assertThat(header.getType()).isEqualTo((byte) 0);
      assertThat(header.getLength()).isZero();
    }
    assertThat(roundTrip(Value.unknown(NESTED.type()), NESTED.type()).isUnknown()).isTrue();
  }

  @Test
  void collectionsObjectsAndNestedBlocksRoundTrip() {
    Type entity = NESTED.blocks().get(0).block().type();
    Type limits = NESTED.blocks().get(0).block().blocks().get(0).block().type();
    Value value =
        NESTED
            .newObject()
            .set("name", "ep")
            .set("count", 3L)
            .set("enabled", true)
            .set("tags", Value.set(Type.STRING, List.of(Value.string("b"), Value.string("a"))))
            .set("labels", Value.map(Type.STRING, Map.of("team", Value.string("ml"))))
            .set("ports", Value.list(Type.NUMBER, List.of(Value.number(1), Value.number(2))))
            .set("anything", Value.list(Type.STRING, List.of(Value.string("dyn"))))
            .set(
                "entity",
                Value.list(
                    entity,
                    List.of(
                        Value.object(
                            (Type.ObjectType) entity,
                            Map.of(
                                "model", Value.string("gpt"),
                                "limits",
                                    Value.object(
                                        (Type.ObjectType) limits,
                                        Map.of("calls", Value.number(5))))))))
            .build();
    Value decoded = roundTrip(value, NESTED.type());
    assertThat(decoded).isEqualTo(value);
    assertThat(decoded.get("anything").type()).isEqualTo(Type.list(Type.STRING));
    assertThat(decoded.get("rule").elements()).isEmpty();
  }

  @Test
  void emptyListAndNullStayDistinct() {
    Value empty = Value.list(Type.STRING, List.of());
    Value none = Value.nullOf(Type.list(Type.STRING));
    assertThat(roundTrip(empty, empty.type())).isEqualTo(empty);
    assertThat(roundTrip(none, none.type())).isEqualTo(none);
    assertThat(empty).isNotEqualTo(none);
    Value object = NESTED.newObject().set("name", "x").build();
    assertThat(object.get("entity").isKnown()).isTrue();
    assertThat(object.get("entity").elements()).isEmpty();
    assertThat(object.get("count").isNull()).isTrue();
  }

  @Test
  void setsCompareWithoutOrderAndUnknownAttributesAreSkippedOnDecode() throws IOException {
    Value ab = Value.set(Type.STRING, List.of(Value.string("a"), Value.string("b")));
    Value ba = Value.set(Type.STRING, List.of(Value.string("b"), Value.string("a")));
    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
    Block block = Block.of("", Attribute.string("a").optional());
    MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
    packer.packMapHeader(2).packString("gone").packString("x").packString("a").packString("y");
    assertThat(MsgpackCodec.decode(packer.toByteArray(), block.type()).getString("a"))
        .isEqualTo("y");
  }

  interface Packing {
    void pack(MessageBufferPacker packer) throws IOException;
  }

  private static Value decodeNumber(Packing packing) throws IOException {
    MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
    packing.pack(packer);
    return MsgpackCodec.decode(packer.toByteArray(), Type.NUMBER);
  }

  private static ValueType format(Value number) throws IOException {
    try (MessageUnpacker in =
        MessagePack.newDefaultUnpacker(MsgpackCodec.encode(number, Type.NUMBER))) {
      return in.getNextFormat().getValueType();
    }
  }
}
