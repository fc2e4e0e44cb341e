package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * The planning rules every resource shares. Computed attributes left null become unknown when
 * something changes (Terraform then shows "known after apply"), and a change to a force-new
 * attribute or block is answered with {@code requires_replace}, which makes Terraform plan a delete
 * and a create.
 */
public final class Plans {
  private Plans() {}

  /** The plan for {@code proposed}: unknown computed values, unless nothing changed at all. */
  public static Value plannedState(Block block, Value prior, Value proposed) {
    if (proposed.isNull() || (!prior.isNull() && prior.equals(proposed))) {
      return proposed;
    }
    return markComputedUnknown(block, proposed);
  }

  /** Every computed attribute that is null becomes unknown, in nested blocks too. */
  public static Value markComputedUnknown(Block block, Value object) {
    return BlockValues.mapAttributes(
        block,
        object,
        (attribute, value) ->
            attribute.isComputed() && value.isNull() ? Value.unknown(attribute.type()) : value,
        Plans::markComputedUnknown);
  }

  /** Paths of force-new attributes and blocks whose planned value differs from the prior one. */
  public static List<AttributePath> requiresReplace(Block block, Value prior, Value planned) {
    List<AttributePath> paths = new ArrayList<>();
    if (!prior.isNull() && !planned.isNull()) {
      collect(block, prior, planned, AttributePath.ROOT, paths);
    }
    return paths;
  }

  private static void collect(
      Block block, Value prior, Value planned, AttributePath at, List<AttributePath> paths) {
    if (!prior.isKnown() || !planned.isKnown()) {
      return;
    }
    for (Attribute attribute : block.attributes()) {
      Value before = prior.get(attribute.name());
      Value after = planned.get(attribute.name());
      if (attribute.isForceNew()
          && !before.equals(after)
          && !(attribute.isComputed() && after.isUnknown())) {
        paths.add(at.attribute(attribute.name()));
      }
    }
    for (NestedBlock nested : block.blocks()) {
      Value before = prior.get(nested.name());
      Value after = planned.get(nested.name());
      AttributePath path = at.attribute(nested.name());
      if (nested.isForceNew() && !before.equals(after)) {
        paths.add(path);
      } else if (nested.nesting() == NestedBlock.Nesting.SINGLE
          || nested.nesting() == NestedBlock.Nesting.GROUP) {
        collect(nested.block(), before, after, path, paths);
      } else if (nested.nesting() == NestedBlock.Nesting.LIST
          && before.isKnown()
          && after.isKnown()) {
        int common = Math.min(before.elements().size(), after.elements().size());
        for (int i = 0; i < common; i++) {
          collect(
              nested.block(),
              before.elements().get(i),
              after.elements().get(i),
              path.index(i),
              paths);
        }
      }
    }
  }
}
