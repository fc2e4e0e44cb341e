package dev.gatehouse.terraform.framework;

/**
 * Write-only arguments need a Terraform that promises not to store them (1.11+, which says so in
 * its client capabilities). An older client would keep the value in plan and state, so a set
 * write-only argument is refused there instead of leaking.
 */
final class WriteOnlyRule {
  private WriteOnlyRule() {}

  static void check(Block block, Value object, AttributePath at, Diagnostics diagnostics) {
    if (!object.isKnown()) {
      return;
    }
    for (Attribute attribute : block.attributes()) {
      if (attribute.isWriteOnly() && !object.get(attribute.name()).isNull()) {
        diagnostics.error(
            at.attribute(attribute.name()),
            "Write-only argument not supported by this Terraform",
            attribute.name()
                + " is write-only: it needs Terraform 1.11 or later, which never stores it in"
                + " plan or state. Upgrade Terraform.");
      }
    }
    for (NestedBlock nested : block.blocks()) {
      Value value = object.get(nested.name());
      AttributePath path = at.attribute(nested.name());
      if (!value.isKnown()) {
        continue;
      }
      switch (nested.nesting()) {
        case SINGLE, GROUP -> check(nested.block(), value, path, diagnostics);
        case MAP ->
            value.entries().forEach((k, v) -> check(nested.block(), v, path.key(k), diagnostics));
        default -> {
          for (int i = 0; i < value.elements().size(); i++) {
            check(nested.block(), value.elements().get(i), path.index(i), diagnostics);
          }
        }
      }
    }
  }
}
