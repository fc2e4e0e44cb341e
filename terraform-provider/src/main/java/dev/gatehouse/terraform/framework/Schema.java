package dev.gatehouse.terraform.framework;

/**
 * The schema of a provider, resource or data source. Raise {@code version} when stored state must
 * be upgraded, and handle the old shape in {@link Resource#upgradeState}.
 */
public record Schema(long version, Block block) {
  public static Schema of(Block block) {
    return new Schema(0, block);
  }

  public Type.ObjectType type() {
    return block.type();
  }
}
