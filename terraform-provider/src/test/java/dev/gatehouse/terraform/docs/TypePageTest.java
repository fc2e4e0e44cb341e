package dev.gatehouse.terraform.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.Registry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page says about each kind of schema part, on a sample covering all of them. */
class TypePageTest {
  @TempDir Path module;
  String resourcePage;
  String dataSourcePage;
  String index;

  @BeforeEach
  void generate() throws IOException {
    write("examples/provider/provider.tf", "provider \"gatehouse\" {}\n");
    write(
        "examples/resources/gatehouse_sample/resource.tf",
        "resource \"gatehouse_sample\" \"s\" {}");
    write("examples/resources/gatehouse_sample/import.sh", "terraform import gatehouse_sample.s a");
    write(
        "examples/data-sources/gatehouse_samples/data-source.tf",
        "data \"gatehouse_samples\" \"all\" {}");
    Registry registry =
        new Registry(List.of(SampleTypes.resource()), List.of(SampleTypes.dataSource()));
    SortedMap<String, String> pages = new DocsGenerator(module).generate(registry);
    assertThat(pages)
        .containsOnlyKeys(
            "docs/index.md", "docs/resources/sample.md", "docs/data-sources/samples.md");
    resourcePage = pages.get("docs/resources/sample.md");
    dataSourcePage = pages.get("docs/data-sources/samples.md");
    index = pages.get("docs/index.md");
  }

  @Test
  void frontMatterAndExample() {
    assertThat(resourcePage)
        .startsWith(
            """
            ---
            page_title: "gatehouse_sample Resource - Gatehouse"
            subcategory: ""
            description: |-
              A sample: one of every kind of part.
            ---

            # gatehouse_sample (Resource)
            """)
        .contains("## Example Usage\n\n```terraform\nresource \"gatehouse_sample\" \"s\" {}\n```")
        .contains("## Import\n")
        .contains("```shell\nterraform import gatehouse_sample.s a\n```");
    assertThat(dataSourcePage)
        .contains("# gatehouse_samples (Data Source)")
        .contains("```terraform\ndata \"gatehouse_samples\" \"all\" {}\n```")
        .doesNotContain("## Import");
  }

  @Test
  void argumentsCarryTheirFlagsAndComputedValuesAreAttributes() {
    String arguments = section(resourcePage, "## Argument Reference", "## Attribute Reference");
    assertThat(arguments)
        .contains(
            "* `name` - (Required, String) Name of the sample. Changing this forces a new"
                + " resource.\n")
        .contains("* `secret_plaintext` - (Optional, Sensitive, String) A secret.\n")
        .contains(
            "* `secret_wo` - (Optional, Write-only, String) Never stored. " + PartLine.WRITE_ONLY)
        .contains("* `size` - (Optional, Computed, Number) Size; the server's if unset.\n")
        .contains("* `labels` - (Optional, Set of String) Labels.\n")
        .contains("* `old` - (Optional, Deprecated, Number) Use size.\n")
        .contains(
            "* `config` - (Required, Block, exactly one) What the sample serves. See"
                + " [below](#nested--config).\n")
        .contains(
            "* `tags` - (Optional, Block set) A tag. See [below](#nested--tags). Changing this"
                + " forces a new resource.\n")
        .contains("* `timeouts` - (Optional, Block) Limits for waiting operations.")
        .doesNotContain("`id`");
    assertThat(section(resourcePage, "## Attribute Reference", "<a id="))
        .contains("* `id` - (String) The sample's name.\n")
        .contains(
            "* `ref` - (String) Use it as {{secrets/&lt;scope&gt;/&lt;key&gt;}} in \\*_config, or"
                + " `<raw>`.\n");
  }

  @Test
  void aDescriptionThatSaysWriteOnlyIsNotToldTwice() {
    assertThat(resourcePage)
        .contains("* `token_wo` - (Optional, Write-only, String) A write-only token.\n");
  }

  @Test
  void nestedBlocksGetTheirOwnSectionsDepthFirst() {
    assertThat(resourcePage)
        .contains(
            """
            <a id="nested--config"></a>
            ### `config` block

            What the sample serves.

            Arguments:

            * `entity` - (Optional, Block set) One entity. See [below](#nested--config-entity).

            Exported attributes:

            * `version` - (Number) Config version.
            """)
        .contains(
            """
            <a id="nested--config-entity"></a>
            ### `config.entity` block

            One entity.

            Arguments:

            * `model` - (Required, String) Model id.
            """)
        .contains(
            "* `entity` - (Optional, Block set) One entity. See [below](#nested--config-entity).");
    assertThat(resourcePage.indexOf("### `config.entity`"))
        .isLessThan(resourcePage.indexOf("### `tags`"));
  }

  @Test
  void dataSourcesNeverSayForceNewAndTheIndexListsBothKinds() {
    assertThat(dataSourcePage).doesNotContain(PartLine.FORCE_NEW);
    assertThat(index)
        .contains("## Resources\n\n* [`gatehouse_sample`](resources/sample.md)\n")
        .contains("## Data Sources\n\n* [`gatehouse_samples`](data-sources/samples.md)\n")
        .contains("TF_CLI_CONFIG_FILE")
        .contains("GATEHOUSE_HOST")
        .contains("* `token` - (Optional, Sensitive, String)");
  }

  private static String section(String page, String from, String to) {
    int start = page.indexOf(from);
    int end = page.indexOf(to, start + from.length());
    return page.substring(start, end < 0 ? page.length() : end);
  }

  private void write(String relative, String content) throws IOException {
    Path file = module.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
