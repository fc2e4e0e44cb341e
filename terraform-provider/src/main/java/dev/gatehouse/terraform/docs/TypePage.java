package dev.gatehouse.terraform.docs;

import dev.gatehouse.terraform.framework.Schema;
import java.util.Optional;

/**
 * The registry page of one resource or data source: front matter, title, the schema's description,
 * Example Usage, Argument and Attribute Reference (with a section per nested block), and Import.
 */
final class TypePage {
  private static final String PREFIX = "gatehouse_";

  private final String type;
  private final String kind;
  private final Schema schema;
  private final String example;
  private final Optional<String> importExample;
  private final boolean resource;

  private TypePage(
      String type,
      String kind,
      Schema schema,
      String example,
      Optional<String> importExample,
      boolean resource) {
    this.type = type;
    this.kind = kind;
    this.schema = schema;
    this.example = example;
    this.importExample = importExample;
    this.resource = resource;
  }

  static TypePage resource(String type, Schema schema, Examples examples) {
    return new TypePage(
        type, "Resource", schema, examples.resource(type), examples.resourceImport(type), true);
  }

  static TypePage dataSource(String type, Schema schema, Examples examples) {
    return new TypePage(
        type, "Data Source", schema, examples.dataSource(type), Optional.empty(), false);
  }

  /** The file name the registry expects: the type without the provider's prefix. */
  static String shortName(String type) {
    return type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
  }

  String render() {
    String description = schema.block().description().strip();
    StringBuilder page = new StringBuilder();
    page.append(
        Markdown.frontMatter(type + " " + kind + " - Gatehouse", subcategory(), description));
    page.append("# ").append(type).append(" (").append(kind).append(")\n\n");
    if (!description.isEmpty()) {
      page.append(Markdown.escape(description)).append("\n\n");
    }
    page.append("## Example Usage\n\n").append(Markdown.fence("terraform", example)).append('\n');
    page.append(new SchemaReference(resource).render(schema.block()));
    importExample.ifPresent(
        command ->
            page.append("\n## Import\n\n")
                .append("An existing object is adopted with `terraform import` and its `id`")
                .append(" (or an `import` block with the same `id`):\n\n")
                .append(Markdown.fence("shell", command)));
    return page.toString();
  }

  private String subcategory() {
    return Subcategories.of(type);
  }
}
