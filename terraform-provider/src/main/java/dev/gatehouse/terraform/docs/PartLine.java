package dev.gatehouse.terraform.docs;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.BlockPart;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * One bullet of a reference list: {@code * `name` - (Required, String) What it is. Changing this
 * forces a new resource.} The flags in parentheses come from the schema, so a page cannot claim an
 * argument is optional when the provider requires it.
 */
final class PartLine {
  static final String FORCE_NEW = "Changing this forces a new resource.";
  static final String WRITE_ONLY =
      "Write-only: sent to Gatehouse but never stored in the plan or the state (Terraform 1.11 or"
          + " later).";

  private final boolean resource;

  PartLine(boolean resource) {
    this.resource = resource;
  }

  String render(BlockPart part, String path) {
    List<String> flags = new ArrayList<>();
    List<String> after = new ArrayList<>();
    String description;
    boolean forceNew;
    if (part instanceof Attribute a) {
      if (a.isRequired()) {
        flags.add("Required");
      } else if (a.isOptional()) {
        flags.add("Optional");
      }
      if (a.isComputed() && a.isOptional()) {
        flags.add("Computed");
      }
      if (a.isSensitive()) {
        flags.add("Sensitive");
      }
      if (a.isWriteOnly()) {
        flags.add("Write-only");
        if (!a.description().toLowerCase(java.util.Locale.ROOT).contains("write-only")) {
          after.add(WRITE_ONLY);
        }
      }
      if (a.isDeprecated()) {
        flags.add("Deprecated");
      }
      flags.add(typeName(a.type()));
      description = a.description();
      forceNew = a.isForceNew();
    } else {
      NestedBlock b = (NestedBlock) part;
      flags.add(b.minItems() > 0 ? "Required" : "Optional");
      flags.add(blockKind(b));
      description = b.block().description();
      String nestedPath = path.isEmpty() ? b.name() : path + "." + b.name();
      after.add("See [below](#" + anchor(nestedPath) + ").");
      forceNew = b.isForceNew();
    }
    if (forceNew && resource) {
      after.add(FORCE_NEW);
    }
    StringBuilder line = new StringBuilder("* `").append(part.name()).append("` - (");
    line.append(String.join(", ", flags)).append(')');
    String sentence = Markdown.sentence(description);
    if (!sentence.isEmpty()) {
      line.append(' ').append(sentence);
    }
    after.forEach(text -> line.append(' ').append(text));
    return line.toString();
  }

  static String anchor(String path) {
    return "nested--" + path.replace('.', '-');
  }

  static String typeName(Type type) {
    if (type instanceof Type.Primitive p) {
      return switch (p) {
        case STRING -> "String";
        case NUMBER -> "Number";
        case BOOL -> "Boolean";
        case DYNAMIC -> "Dynamic";
      };
    } else if (type instanceof Type.ListType l) {
      return "List of " + typeName(l.element());
    } else if (type instanceof Type.SetType s) {
      return "Set of " + typeName(s.element());
    } else if (type instanceof Type.MapType m) {
      return "Map of " + typeName(m.element());
    }
    return "Object";
  }

  private static String blockKind(NestedBlock block) {
    String kind =
        switch (block.nesting()) {
          case LIST -> "Block list";
          case SET -> "Block set";
          case MAP -> "Block map";
          case SINGLE, GROUP -> "Block";
        };
    boolean collection =
        block.nesting() == NestedBlock.Nesting.LIST || block.nesting() == NestedBlock.Nesting.SET;
    if (collection && block.maxItems() == 1) {
      return "Block, " + (block.minItems() == 1 ? "exactly one" : "at most one");
    }
    StringBuilder bounds = new StringBuilder(kind);
    if (block.minItems() > 0) {
      bounds.append(", at least ").append(block.minItems());
    }
    if (block.maxItems() > 0) {
      bounds.append(", at most ").append(block.maxItems());
    }
    return bounds.toString();
  }
}
