package dev.gatehouse.terraform.docs;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.BlockPart;
import dev.gatehouse.terraform.framework.NestedBlock;
import java.util.List;

/**
 * Argument Reference and Attribute Reference of a schema, then one section per nested block (depth
 * first, in schema order), each listing its own arguments and exported attributes. What the user
 * writes (required or optional attributes, blocks) is an argument; computed-only values are
 * attributes.
 */
final class SchemaReference {
  private final PartLine lines;

  SchemaReference(boolean resource) {
    this.lines = new PartLine(resource);
  }

  String render(Block root) {
    StringBuilder out = new StringBuilder("## Argument Reference\n\n");
    List<BlockPart> arguments = arguments(root);
    if (arguments.isEmpty()) {
      out.append("This type takes no arguments.\n");
    } else {
      out.append("The following arguments are supported:\n\n").append(bullets(arguments, ""));
    }
    List<BlockPart> exported = exported(root);
    if (!exported.isEmpty()) {
      out.append("\n## Attribute Reference\n\n")
          .append("In addition to all arguments above, the following attributes are exported:\n\n")
          .append(bullets(exported, ""));
    }
    sections(root, "", out);
    return out.toString();
  }

  private void sections(Block block, String path, StringBuilder out) {
    for (NestedBlock nested : block.blocks()) {
      String nestedPath = path.isEmpty() ? nested.name() : path + "." + nested.name();
      Block inner = nested.block();
      out.append("\n<a id=\"").append(PartLine.anchor(nestedPath)).append("\"></a>\n");
      out.append("### `").append(nestedPath).append("` block\n\n");
      String description = Markdown.sentence(inner.description());
      if (!description.isEmpty()) {
        out.append(description).append("\n\n");
      }
      List<BlockPart> arguments = arguments(inner);
      if (!arguments.isEmpty()) {
        out.append("Arguments:\n\n").append(bullets(arguments, nestedPath));
      }
      List<BlockPart> exported = exported(inner);
      if (!exported.isEmpty()) {
        out.append(arguments.isEmpty() ? "" : "\n")
            .append("Exported attributes:\n\n")
            .append(bullets(exported, nestedPath));
      }
      sections(inner, nestedPath, out);
    }
  }

  private String bullets(List<BlockPart> parts, String path) {
    StringBuilder out = new StringBuilder();
    parts.forEach(part -> out.append(lines.render(part, path)).append('\n'));
    return out.toString();
  }

  private static List<BlockPart> arguments(Block block) {
    return block.parts().stream().filter(p -> !isExportedOnly(p)).toList();
  }

  private static List<BlockPart> exported(Block block) {
    return block.parts().stream().filter(SchemaReference::isExportedOnly).toList();
  }

  private static boolean isExportedOnly(BlockPart part) {
    return part instanceof Attribute a && !a.isRequired() && !a.isOptional();
  }
}
