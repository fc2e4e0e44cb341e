package dev.gatehouse.terraform.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.terraform.framework.Registry;
import dev.gatehouse.terraform.resources.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code docs/} must be exactly what the generator makes of today's schemas and
 * examples: a changed description, a new resource or a new example fails here until the pages are
 * regenerated and committed.
 */
class DocsGeneratorTest {
  /** Surefire runs in the module directory. */
  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void committedDocsMatchTheGenerator() throws IOException {
    SortedMap<String, String> generated = new DocsGenerator(MODULE).generate(Resources.registry());
    SortedMap<String, String> committed = DocsGenerator.onDisk(MODULE);

    List<String> problems = new ArrayList<>();
    for (String page : new TreeSet<>(union(generated, committed))) {
      String want = generated.get(page);
      String have = committed.get(page);
      if (have == null) {
        problems.add(page + ": missing (a new type?)");
      } else if (want == null) {
        problems.add(page + ": no longer generated (a removed type?)");
      } else if (!want.equals(have)) {
        problems.add(page + ": differs, first at line " + firstDifferentLine(want, have));
      }
    }
    assertThat(problems)
        .as(
            "terraform-provider/docs is out of date with the schemas and examples/. Regenerate"
                + " it from the repository root with\n    %s\nand commit terraform-provider/docs",
            DocsGenerator.REGENERATE_COMMAND)
        .isEmpty();
  }

  @Test
  void everyRegisteredTypeHasAPageAndAListEntry() {
    Registry registry = Resources.registry();
    SortedMap<String, String> pages = new DocsGenerator(MODULE).generate(registry);
    registry
        .resources()
        .keySet()
        .forEach(
            type -> {
              String file = "docs/resources/" + TypePage.shortName(type) + ".md";
              assertThat(pages).containsKey(file);
              assertThat(pages.get(file)).contains("# " + type + " (Resource)");
              assertThat(pages.get("docs/index.md"))
                  .contains("[`" + type + "`](resources/" + TypePage.shortName(type) + ".md)");
            });
  }

  @Test
  void aNewTypeWithoutItsExampleNamesTheFileToWrite(@TempDir Path module) throws IOException {
    Files.createDirectories(module.resolve("examples/provider"));
    Files.writeString(module.resolve("examples/provider/provider.tf"), "provider \"gatehouse\" {}");
    Registry registry = new Registry(List.of(SampleTypes.resource()), List.of());

    assertThatThrownBy(() -> new DocsGenerator(module).generate(registry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("terraform-provider/examples/resources/gatehouse_sample/resource.tf")
        .hasMessageContaining(DocsGenerator.REGENERATE_COMMAND);
  }

  @Test
  void writeReplacesTheDocsFolder(@TempDir Path module) throws IOException {
    Path stale = module.resolve("docs/resources/gone.md");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "old");
    SortedMap<String, String> pages = new java.util.TreeMap<>(Map.of("docs/index.md", "# new\n"));

    DocsGenerator.write(module, pages);

    assertThat(stale).doesNotExist();
    assertThat(DocsGenerator.onDisk(module)).isEqualTo(pages);
  }

  private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    java.util.Set<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static int firstDifferentLine(String want, String have) {
    List<String> a = want.lines().toList();
    List<String> b = have.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return i + 1;
  }
}
