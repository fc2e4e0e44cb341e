package dev.gatehouse.terraform.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A block of attributes and nested blocks; its value is an object of {@link #type()}. */
public record Block(String description, List<BlockPart> parts) {

  public static Block of(String description, BlockPart... parts) {
    return new Block(description, List.of(parts));
  }

  public List<Attribute> attributes() {
    return parts.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
  }

  public List<NestedBlock> blocks() {
    return parts.stream()
        .filter(NestedBlock.class::isInstance)
        .map(NestedBlock.class::cast)
        .toList();
  }

  public Optional<Attribute> attribute(String name) {
    return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public Type.ObjectType type() {
    Map<String, Type> types = new LinkedHashMap<>();
    for (BlockPart part : parts) {
      types.put(part.name(), part instanceof Attribute a ? a.type() : ((NestedBlock) part).type());
    }
    return Type.object(types);
  }

  /** Starts an object of this block: unset attributes null, absent blocks {@code []}. */
  public ObjectBuilder newObject() {
    return new ObjectBuilder(this);
  }
}
