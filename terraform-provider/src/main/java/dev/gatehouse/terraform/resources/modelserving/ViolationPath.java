package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.NestedBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a JSON path of the request body ({@code $.config.served_entities[0].name}) to the Terraform
 * attribute path of the same value ({@code config[0].served_entities[0].name}): a JSON object is a
 * block of one element, so it gains an index. A step Terraform cannot address (an element of the
 * tag set) ends the path at its block.
 */
final class ViolationPath {
  private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]");

  record Located(AttributePath path) {}

  private ViolationPath() {}

  static Located locate(String jsonPath) {
    AttributePath path = AttributePath.ROOT;
    Block block = ModelServingSchema.BLOCK;
    boolean expectIndex = false;
    boolean attribute = false;
    Matcher step = STEP.matcher(jsonPath);
    int from = jsonPath.startsWith("$") ? 1 : 0;
    while (from < jsonPath.length() && step.find(from) && step.start() == from) {
      from = step.end();
      if (step.group(1) != null) {
        if (block == null || attribute) {
          break;
        }
        String name = step.group(1);
        NestedBlock nested = find(block, name);
        if (nested != null) {
          path = path.attribute(name);
          if (nested.nesting() == NestedBlock.Nesting.SET) {
            break;
          }
          if (nested.maxItems() == 1) {
            path = path.index(0);
          }
          expectIndex = nested.maxItems() != 1;
          block = nested.block();
        } else if (block.attribute(name).isPresent()) {
          path = path.attribute(name);
          attribute = true;
        } else {
          break;
        }
      } else if (expectIndex || attribute) {
        path = path.index(Long.parseLong(step.group(2)));
        expectIndex = false;
      } else {
        break;
      }
    }
    return new Located(path);
  }

  private static NestedBlock find(Block block, String name) {
    return block.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
  }
}
