package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Walks the object values of a nested block, whatever its nesting mode. */
final class BlockValues {
  private BlockValues() {}

  /** Applies {@code change} to every known element object of a nested block's value. */
  static Value mapObjects(NestedBlock nested, Value value, BiFunction<Block, Value, Value> change) {
    if (!value.isKnown()) {
      return value;
    }
    Block block = nested.block();
    switch (nested.nesting()) {
      case SINGLE:
      case GROUP:
        return change.apply(block, value);
      case MAP:
        Map<String, Value> entries = new LinkedHashMap<>();
        value.entries().forEach((k, v) -> entries.put(k, mapKnown(block, v, change)));
        return Value.map(block.type(), entries);
      default:
        List<Value> elements = new ArrayList<>();
        value.elements().forEach(v -> elements.add(mapKnown(block, v, change)));
        return nested.nesting() == NestedBlock.Nesting.SET
            ? Value.set(block.type(), elements)
            : Value.list(block.type(), elements);
    }
  }

  private static Value mapKnown(Block block, Value v, BiFunction<Block, Value, Value> change) {
    return v.isKnown() ? change.apply(block, v) : v;
  }

  /** Replaces attributes and nested blocks of a known object, recursively via {@code self}. */
  static Value mapAttributes(
      Block block,
      Value object,
      BiFunction<Attribute, Value, Value> attributeChange,
      BiFunction<Block, Value, Value> self) {
    if (!object.isKnown()) {
      return object;
    }
    Map<String, Value> values = new LinkedHashMap<>(object.entries());
    for (Attribute attribute : block.attributes()) {
      values.put(attribute.name(), attributeChange.apply(attribute, object.get(attribute.name())));
    }
    for (NestedBlock nested : block.blocks()) {
      values.put(nested.name(), mapObjects(nested, object.get(nested.name()), self));
    }
    return Value.object(block.type(), values);
  }
}
