package dev.gatehouse.terraform.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A type of Terraform's type system (cty). Values are decoded by walking their type, because the
 * wire formats alone cannot tell a list from a set or an object from a map.
 */
public sealed interface Type
    permits Type.Primitive, Type.ListType, Type.SetType, Type.MapType, Type.ObjectType {

  Type STRING = Primitive.STRING;
  Type NUMBER = Primitive.NUMBER;
  Type BOOL = Primitive.BOOL;

  /** Any type: the value travels with its own type, as {@code [typeJSON, value]} in msgpack. */
  Type DYNAMIC = Primitive.DYNAMIC;

  static Type list(Type element) {
    return new ListType(element);
  }

  static Type set(Type element) {
    return new SetType(element);
  }

  static Type map(Type element) {
    return new MapType(element);
  }

  static ObjectType object(Map<String, Type> attributes) {
    return new ObjectType(Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
  }

  /** The type constraint as Terraform writes it in JSON, e.g. {@code ["list","string"]}. */
  default String toJson() {
    return TypeJson.write(this);
  }

  enum Primitive implements Type {
    STRING,
    NUMBER,
    BOOL,
    DYNAMIC
  }

  record ListType(Type element) implements Type {}

  record SetType(Type element) implements Type {}

  record MapType(Type element) implements Type {}

  record ObjectType(Map<String, Type> attributes) implements Type {}
}
