package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules for the values the provider hands back to Terraform as state: what was planned is what is
 * stored (else "Provider produced inconsistent result"), write-only attributes are never stored,
 * and absent LIST/SET blocks are {@code []}.
 */
public final class States {
  private States() {}

  /**
   * The applied state: every known planned value as planned, the (partly) unknown ones taken from
   * what the resource returned, and write-only attributes null.
   */
  public static Value settle(Block block, Value planned, Value result) {
    if (result == null) {
      result = Value.nullOf(block.type());
    }
    if (!planned.isKnown()) {
      return planned.isNull() ? planned : known(result);
    }
    Map<String, Value> values = new LinkedHashMap<>();
    for (Attribute attribute : block.attributes()) {
      Value want = planned.get(attribute.name());
      Value got = result.get(attribute.name());
      values.put(
          attribute.name(),
          attribute.isWriteOnly()
              ? Value.nullOf(attribute.type())
              : want.isWhollyKnown() ? want : known(got));
    }
    for (NestedBlock nested : block.blocks()) {
      values.put(
          nested.name(),
          settleBlock(nested, planned.get(nested.name()), result.get(nested.name())));
    }
    return Value.object(block.type(), values);
  }

  private static Value settleBlock(NestedBlock nested, Value planned, Value result) {
    if (planned.isWhollyKnown()) {
      return withoutWriteOnlyBlock(nested, planned);
    }
    if (planned.isUnknown() || !result.isKnown() || !planned.isKnown()) {
      return known(result);
    }
    Block block = nested.block();
    switch (nested.nesting()) {
      case SINGLE:
      case GROUP:
        return settle(block, planned, result);
      case LIST:
      case SET:
        List<Value> want = planned.elements();
        List<Value> got = result.elements();
        if (want.size() != got.size()) {
          return result;
        }
        List<Value> elements = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
          elements.add(settle(block, want.get(i), got.get(i)));
        }
        return nested.nesting() == NestedBlock.Nesting.SET
            ? Value.set(block.type(), elements)
            : Value.list(block.type(), elements);
      default:
        return result;
    }
  }

  private static Value known(Value value) {
    return value.isUnknown() ? Value.nullOf(value.type()) : value;
  }

  /** The value with every write-only attribute null, as Terraform requires in plan and state. */
  public static Value withoutWriteOnly(Block block, Value object) {
    return BlockValues.mapAttributes(
        block,
        object,
        (attribute, value) -> attribute.isWriteOnly() ? Value.nullOf(attribute.type()) : value,
        States::withoutWriteOnly);
  }

  private static Value withoutWriteOnlyBlock(NestedBlock nested, Value value) {
    return BlockValues.mapObjects(nested, value, States::withoutWriteOnly);
  }

  /**
   * Absent LIST, SET and MAP blocks as empty collections, e.g. in state written before they
   * existed.
   */
  public static Value withEmptyBlocks(Block block, Value object) {
    if (!object.isKnown()) {
      return object;
    }
    Map<String, Value> values = new LinkedHashMap<>(object.entries());
    for (NestedBlock nested : block.blocks()) {
      Value value = object.get(nested.name());
      values.put(
          nested.name(),
          value.isNull()
              ? nested.absent()
              : BlockValues.mapObjects(nested, value, States::withEmptyBlocks));
    }
    return Value.object(block.type(), values);
  }
}
