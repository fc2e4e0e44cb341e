package dev.gatehouse.terraform.docs;

import dev.gatehouse.terraform.framework.Registry;
import dev.gatehouse.terraform.resources.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates every page of {@code docs/} from {@link Resources#registry()}: a new resource or data
 * source gets its page without touching this class. Run by {@code mvn -pl terraform-provider
 * compile exec:java@docs} with the module directory as the only argument.
 */
public final class DocsGenerator {
  /** What a developer runs, from the repository root, when the docs drift. */
  public static final String REGENERATE_COMMAND =
      "mvn -pl terraform-provider compile exec:java@docs";

  static final String DOCS_DIR = "docs";

  private final Examples examples;

  public DocsGenerator(Path moduleDir) {
    this.examples = new Examples(moduleDir.resolve("examples"));
  }

  /** Every page, keyed by its path under the module directory, e.g. {@code docs/index.md}. */
  public SortedMap<String, String> generate(Registry registry) {
    SortedMap<String, String> pages = new TreeMap<>();
    pages.put(DOCS_DIR + "/index.md", new ProviderPage(examples).render(registry));
    registry
        .resources()
        .forEach(
            (type, resource) ->
                pages.put(
                    DOCS_DIR + "/resources/" + TypePage.shortName(type) + ".md",
                    TypePage.resource(type, resource.schema(), examples).render()));
    registry
        .dataSources()
        .forEach(
            (type, dataSource) ->
                pages.put(
                    DOCS_DIR + "/data-sources/" + TypePage.shortName(type) + ".md",
                    TypePage.dataSource(type, dataSource.schema(), examples).render()));
    return pages;
  }

  /** The markdown files now under {@code docs/}, keyed like {@link #generate}. */
  public static SortedMap<String, String> onDisk(Path moduleDir) throws IOException {
    SortedMap<String, String> pages = new TreeMap<>();
    Path docs = moduleDir.resolve(DOCS_DIR);
    if (!Files.isDirectory(docs)) {
      return pages;
    }
    try (Stream<Path> files = Files.walk(docs)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String key = moduleDir.relativize(file).toString().replace('\\', '/');
        pages.put(key, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return pages;
  }

  /** Replaces {@code docs/} with the generated pages: stale pages of removed types go too. */
  public static void write(Path moduleDir, SortedMap<String, String> pages) throws IOException {
    for (String stale : onDisk(moduleDir).keySet()) {
      Files.delete(moduleDir.resolve(stale));
    }
    for (var page : pages.entrySet()) {
      Path file = moduleDir.resolve(page.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
    }
  }

  public static void main(String[] args) throws IOException {
    Path moduleDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    SortedMap<String, String> pages = new DocsGenerator(moduleDir).generate(Resources.registry());
    write(moduleDir, pages);
    List.copyOf(pages.keySet()).forEach(p -> System.out.println("wrote " + moduleDir.resolve(p)));
  }
}
