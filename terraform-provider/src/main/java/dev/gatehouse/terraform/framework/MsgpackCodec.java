package dev.gatehouse.terraform.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Terraform's msgpack encoding of values, decoded by walking the expected type: a number may arrive
 * as an int, a float or a string, and an unknown value is any extension type (Terraform 1.11 sends
 * ext 12 with a refinement payload; we skip the payload and send ext 0).
 */
public final class MsgpackCodec {
  private static final byte UNKNOWN_EXT = 0;

  private MsgpackCodec() {}

  public static byte[] encode(Value value, Type slot) {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      write(packer, value, slot);
      packer.flush();
      return packer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Value decode(byte[] bytes, Type type) {
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(bytes)) {
      return read(unpacker, type);
    } catch (IOException e) {
      throw new IllegalArgumentException("Malformed msgpack value: " + e.getMessage(), e);
    }
  }

  private static void write(MessagePacker out, Value value, Type slot) throws IOException {
    if (value.isUnknown()) {
      out.packExtensionTypeHeader(UNKNOWN_EXT, 0);
      return;
    }
    if (value.isNull()) {
      out.packNil();
      return;
    }
    if (slot == Type.DYNAMIC) {
      byte[] typeJson = value.type().toJson().getBytes(StandardCharsets.UTF_8);
      out.packArrayHeader(2);
      out.packBinaryHeader(typeJson.length);
      out.writePayload(typeJson);
      write(out, value, value.type());
      return;
    }
    if (slot instanceof Type.Primitive) {
      writePrimitive(out, value);
    } else if (slot instanceof Type.ListType l) {
      writeElements(out, value.elements(), l.element());
    } else if (slot instanceof Type.SetType s) {
      writeElements(out, value.elements(), s.element());
    } else if (slot instanceof Type.MapType m) {
      out.packMapHeader(value.entries().size());
      for (Map.Entry<String, Value> entry : value.entries().entrySet()) {
        out.packString(entry.getKey());
        write(out, entry.getValue(), m.element());
      }
    } else {
      Map<String, Type> attributes = ((Type.ObjectType) slot).attributes();
      out.packMapHeader(attributes.size());
      for (Map.Entry<String, Type> attribute : attributes.entrySet()) {
        out.packString(attribute.getKey());
        write(out, value.get(attribute.getKey()), attribute.getValue());
      }
    }
  }

  private static void writePrimitive(MessagePacker out, Value value) throws IOException {
    if (value.type() == Type.STRING) {
      out.packString(value.asString());
    } else if (value.type() == Type.BOOL) {
      out.packBoolean(value.asBool());
    } else {
      writeNumber(out, value.asNumber());
    }
  }

  /** Like cty: an int when integral and in range, a float when exact, else the decimal string. */
  private static void writeNumber(MessagePacker out, BigDecimal number) throws IOException {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() <= 0
        && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      out.packLong(stripped.longValueExact());
      return;
    }
    double asDouble = number.doubleValue();
    if (Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(number) == 0) {
      out.packDouble(asDouble);
      return;
    }
    out.packString(number.toPlainString());
  }

  private static void writeElements(MessagePacker out, List<Value> elements, Type element)
      throws IOException {
    out.packArrayHeader(elements.size());
    for (Value v : elements) {
      write(out, v, element);
    }
  }

  private static Value read(MessageUnpacker in, Type type) throws IOException {
    MessageFormat format = in.getNextFormat();
    if (format.getValueType() == ValueType.EXTENSION) {
      in.skipValue();
      return Value.unknown(type);
    }
    if (format == MessageFormat.NIL) {
      in.unpackNil();
      return Value.nullOf(type);
    }
    if (type == Type.DYNAMIC) {
      in.unpackArrayHeader();
      Type actual = TypeJson.read(readStringOrBinary(in));
      return read(in, actual);
    }
    if (type == Type.STRING) {
      return Value.string(in.unpackString());
    } else if (type == Type.BOOL) {
      return Value.bool(in.unpackBoolean());
    } else if (type == Type.NUMBER) {
      return Value.number(readNumber(in, format));
    } else if (type instanceof Type.ListType l) {
      return Value.list(l.element(), readElements(in, l.element()));
    } else if (type instanceof Type.SetType s) {
      return Value.set(s.element(), readElements(in, s.element()));
    } else if (type instanceof Type.MapType m) {
      int size = in.unpackMapHeader();
      Map<String, Value> entries = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        entries.put(in.unpackString(), read(in, m.element()));
      }
      return Value.map(m.element(), entries);
    }
    return readObject(in, (Type.ObjectType) type);
  }

  private static Value readObject(MessageUnpacker in, Type.ObjectType type) throws IOException {
    int size = in.unpackMapHeader();
    Map<String, Value> values = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      String name = in.unpackString();
      Type attributeType = type.attributes().get(name);
      if (attributeType == null) {
        in.skipValue();
      } else {
        values.put(name, read(in, attributeType));
      }
    }
    return Value.object(type, values);
  }

  private static BigDecimal readNumber(MessageUnpacker in, MessageFormat format)
      throws IOException {
    return switch (format.getValueType()) {
      case INTEGER -> new BigDecimal(in.unpackBigInteger());
      case FLOAT -> new BigDecimal(in.unpackDouble());
      case STRING -> new BigDecimal(in.unpackString());
      default -> throw new IOException("Expected a number, got " + format);
    };
  }

  private static List<Value> readElements(MessageUnpacker in, Type element) throws IOException {
    int size = in.unpackArrayHeader();
    List<Value> elements = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      elements.add(read(in, element));
    }
    return elements;
  }

  private static String readStringOrBinary(MessageUnpacker in) throws IOException {
    if (in.getNextFormat().getValueType() == ValueType.BINARY) {
      return new String(in.readPayload(in.unpackBinaryHeader()), StandardCharsets.UTF_8);
    }
    return in.unpackString();
  }
}
