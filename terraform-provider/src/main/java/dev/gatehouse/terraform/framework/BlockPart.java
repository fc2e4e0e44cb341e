package dev.gatehouse.terraform.framework;

/** What a {@link Block} is made of: attributes and nested blocks, in the order written. */
public sealed interface BlockPart permits Attribute, NestedBlock {
  String name();
}
