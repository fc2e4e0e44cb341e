package dev.gatehouse.terraform.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable Terraform value of a known {@link Type}: null, unknown (only during plan), or known.
 * Known payloads are {@code String}, {@code BigDecimal}, {@code Boolean}, a list of elements (list
 * and set) or a map of values (map and object). Objects always hold every attribute of their type,
 * null when unset, because Terraform expects exactly that shape back.
 */
public final class Value {
  private enum Kind {
    NULL,
    UNKNOWN,
    KNOWN
  }

  private final Type type;
  private final Kind kind;
  private final Object payload;

  private Value(Type type, Kind kind, Object payload) {
    this.type = Objects.requireNonNull(type);
    this.kind = kind;
    this.payload = payload;
  }

  public static Value nullOf(Type type) {
    return new Value(type, Kind.NULL, null);
  }

  public static Value unknown(Type type) {
    return new Value(type, Kind.UNKNOWN, null);
  }

  /** A string, or a null string for {@code null}: API fields map over without checks. */
  public static Value string(String value) {
    return value == null ? nullOf(Type.STRING) : new Value(Type.STRING, Kind.KNOWN, value);
  }

  public static Value number(BigDecimal value) {
    return value == null ? nullOf(Type.NUMBER) : new Value(Type.NUMBER, Kind.KNOWN, value);
  }

  public static Value number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  public static Value bool(Boolean value) {
    return value == null ? nullOf(Type.BOOL) : new Value(Type.BOOL, Kind.KNOWN, value);
  }

  public static Value list(Type element, List<Value> elements) {
    return new Value(Type.list(element), Kind.KNOWN, List.copyOf(elements));
  }

  /** A set; the element order is kept for encoding but ignored by {@link #equals}. */
  public static Value set(Type element, List<Value> elements) {
    return new Value(Type.set(element), Kind.KNOWN, List.copyOf(elements));
  }

  public static Value map(Type element, Map<String, Value> entries) {
    return new Value(Type.map(element), Kind.KNOWN, Collections.unmodifiableMap(copy(entries)));
  }

  /** An object of {@code type}; attributes missing from {@code values} become null. */
  public static Value object(Type.ObjectType type, Map<String, Value> values) {
    Map<String, Value> all = new LinkedHashMap<>();
    type.attributes().forEach((name, t) -> all.put(name, values.getOrDefault(name, nullOf(t))));
    for (String name : values.keySet()) {
      if (!all.containsKey(name)) {
        throw new IllegalArgumentException("No attribute '" + name + "' in " + type.toJson());
      }
    }
    return new Value(type, Kind.KNOWN, Collections.unmodifiableMap(all));
  }

  public Type type() {
    return type;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  public boolean isUnknown() {
    return kind == Kind.UNKNOWN;
  }

  public boolean isKnown() {
    return kind == Kind.KNOWN;
  }

  /** Known and without unknowns anywhere inside. */
  public boolean isWhollyKnown() {
    if (kind == Kind.UNKNOWN) {
      return false;
    }
    if (payload instanceof List<?> || payload instanceof Map<?, ?>) {
      return children().stream().allMatch(Value::isWhollyKnown);
    }
    return true;
  }

  public String asString() {
    return (String) known();
  }

  public BigDecimal asNumber() {
    return (BigDecimal) known();
  }

  public long asLong() {
    return asNumber().longValueExact();
  }

  public boolean asBool() {
    return (Boolean) known();
  }

  /** The elements of a list or set. */
  @SuppressWarnings("unchecked")
  public List<Value> elements() {
    return (List<Value>) known();
  }

  /** The entries of a map, or the attributes of an object. */
  @SuppressWarnings("unchecked")
  public Map<String, Value> entries() {
    return (Map<String, Value>) known();
  }

  /** An attribute of an object value (null when the object itself is null or unknown). */
  public Value get(String attribute) {
    Type.ObjectType objectType = (Type.ObjectType) type;
    Type attributeType = objectType.attributes().get(attribute);
    if (attributeType == null) {
      throw new IllegalArgumentException("No attribute '" + attribute + "' in " + type.toJson());
    }
    if (kind == Kind.UNKNOWN) {
      return unknown(attributeType);
    }
    return kind == Kind.NULL ? nullOf(attributeType) : entries().get(attribute);
  }

  /** The attribute as a Java string when known, else {@code null}. */
  public String getString(String attribute) {
    Value value = get(attribute);
    return value.isKnown() ? value.asString() : null;
  }

  /** A copy of this object with one attribute replaced. */
  public Value with(String attribute, Value value) {
    Map<String, Value> values = new LinkedHashMap<>(entries());
    values.put(attribute, value);
    return object((Type.ObjectType) type, values);
  }

  private Object known() {
    if (kind != Kind.KNOWN) {
      throw new IllegalStateException("Value is " + kind.name().toLowerCase() + ": " + this);
    }
    return payload;
  }

  private List<Value> children() {
    return payload instanceof Map<?, ?> ? new ArrayList<>(entries().values()) : elements();
  }

  private static Map<String, Value> copy(Map<String, Value> entries) {
    return new LinkedHashMap<>(entries);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Value that) || kind != that.kind || !type.equals(that.type)) {
      return false;
    }
    if (payload instanceof BigDecimal number) {
      return number.compareTo((BigDecimal) that.payload) == 0;
    }
    if (type instanceof Type.SetType && kind == Kind.KNOWN) {
      return new HashSet<>(elements()).equals(new HashSet<>(that.elements()))
          && elements().size() == that.elements().size();
    }
    return Objects.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    if (payload instanceof BigDecimal number) {
      return number.stripTrailingZeros().hashCode();
    }
    if (type instanceof Type.SetType && kind == Kind.KNOWN) {
      return new HashSet<>(elements()).hashCode();
    }
    return Objects.hash(kind, payload);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NULL -> "null";
      case UNKNOWN -> "(unknown)";
      case KNOWN -> payload instanceof String s ? '"' + s + '"' : String.valueOf(payload);
    };
  }
}
