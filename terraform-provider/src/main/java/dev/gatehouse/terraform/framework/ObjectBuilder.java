package dev.gatehouse.terraform.framework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the object value of a {@link Block} from API data: attributes not set stay null, nested
 * LIST and SET blocks not set become empty, which is what Terraform sends for them.
 */
public final class ObjectBuilder {
  private final Block block;
  private final Map<String, Value> values = new LinkedHashMap<>();

  ObjectBuilder(Block block) {
    this.block = block;
    block.blocks().forEach(b -> values.put(b.name(), b.absent()));
  }

  public ObjectBuilder set(String name, Value value) {
    values.put(name, value);
    return this;
  }

  public ObjectBuilder set(String name, String value) {
    return set(name, Value.string(value));
  }

  public ObjectBuilder set(String name, Boolean value) {
    return set(name, Value.bool(value));
  }

  public ObjectBuilder set(String name, Long value) {
    return set(name, value == null ? Value.nullOf(Type.NUMBER) : Value.number(value));
  }

  public Value build() {
    return Value.object(block.type(), values);
  }
}
