package dev.gatehouse.terraform.framework;

/**
 * A nested block such as {@code config { ... }}. LIST and SET blocks that are absent arrive as an
 * empty collection, not null, and must be kept that way in state.
 */
public record NestedBlock(
    String name, Block block, Nesting nesting, int minItems, int maxItems, boolean isForceNew)
    implements BlockPart {

  public enum Nesting {
    SINGLE,
    LIST,
    SET,
    MAP,
    GROUP
  }

  public static NestedBlock list(String name, Block block) {
    return new NestedBlock(name, block, Nesting.LIST, 0, 0, false);
  }

  public static NestedBlock set(String name, Block block) {
    return new NestedBlock(name, block, Nesting.SET, 0, 0, false);
  }

  public static NestedBlock single(String name, Block block) {
    return new NestedBlock(name, block, Nesting.SINGLE, 0, 0, false);
  }

  public static NestedBlock map(String name, Block block) {
    return new NestedBlock(name, block, Nesting.MAP, 0, 0, false);
  }

  public NestedBlock minItems(int min) {
    return new NestedBlock(name, block, nesting, min, maxItems, isForceNew);
  }

  public NestedBlock maxItems(int max) {
    return new NestedBlock(name, block, nesting, minItems, max, isForceNew);
  }

  /** Any change inside the block replaces the resource. */
  public NestedBlock forceNew() {
    return new NestedBlock(name, block, nesting, minItems, maxItems, true);
  }

  /** The type of the block's value: an object, or a collection of objects. */
  public Type type() {
    Type object = block.type();
    return switch (nesting) {
      case SINGLE, GROUP -> object;
      case LIST -> Type.list(object);
      case SET -> Type.set(object);
      case MAP -> Type.map(object);
    };
  }

  /** The value of an absent block: {@code []} or {@code {}} for collections, else null. */
  public Value absent() {
    Type type = type();
    return switch (nesting) {
      case SINGLE, GROUP -> Value.nullOf(type);
      case LIST -> Value.list(block.type(), java.util.List.of());
      case SET -> Value.set(block.type(), java.util.List.of());
      case MAP -> Value.map(block.type(), java.util.Map.of());
    };
  }
}
