package dev.gatehouse.terraform.docs;

import dev.gatehouse.terraform.GatehouseProvider;
import dev.gatehouse.terraform.framework.ProviderConfig;
import dev.gatehouse.terraform.framework.Registry;
import java.util.Set;

/**
 * {@code docs/index.md}: the source address, how to install offline from the filesystem mirror, the
 * provider block (from {@code examples/provider/provider.tf} and {@link ProviderConfig#SCHEMA}) and
 * the list of types, so a new resource shows up here by itself.
 */
final class ProviderPage {
  private static final String INSTALL =
      """
      ## Installation

      The provider is not published to a public registry: the build produces a filesystem mirror
      and a CLI configuration that points Terraform at it, so `terraform init` works offline.

      ```shell
      mvn -pl terraform-provider -am install -DskipTests
      export TF_CLI_CONFIG_FILE=$PWD/terraform-provider/target/terraformrc
      terraform init
      ```

      `terraform init` then reports:

      ```
      Installed %s v0.1.0 (unauthenticated)
      ```

      After a rebuild of the provider, delete `.terraform.lock.hcl` and run `terraform init`
      again: the package's hash changed.

      ## Authentication

      Every call carries `Authorization: Bearer <token>`. Set `host` and `token` in the provider
      block, or leave them out and export the environment variables below; a value in the block
      wins. On a fresh server the admin token is in `~/.gatehouse/admin-token`
      (`$GATEHOUSE_DATA_DIR/admin-token`).

      ```shell
      export %s=http://localhost:8080
      export %s=$(cat ~/.gatehouse/admin-token)
      ```
      """;

  private final Examples examples;

  ProviderPage(Examples examples) {
    this.examples = examples;
  }

  String render(Registry registry) {
    String description = ProviderConfig.SCHEMA.block().description().strip();
    StringBuilder page = new StringBuilder();
    page.append(Markdown.frontMatter("Provider: Gatehouse", "", description));
    page.append("# Gatehouse Provider\n\n").append(Markdown.sentence(description)).append(' ');
    page.append("The resources keep the names and attributes of the Databricks provider's")
        .append(" (`databricks_model_serving` becomes `gatehouse_model_serving`), so HCL")
        .append(" written for Databricks needs only its prefix and provider block changed.\n\n");
    page.append("Source address: `").append(GatehouseProvider.SOURCE_ADDRESS).append("`.\n\n");
    page.append("## Example Usage\n\n")
        .append(Markdown.fence("terraform", examples.provider()))
        .append('\n');
    page.append(
        INSTALL.formatted(
            GatehouseProvider.SOURCE_ADDRESS, ProviderConfig.HOST_ENV, ProviderConfig.TOKEN_ENV));
    page.append('\n').append(new SchemaReference(false).render(ProviderConfig.SCHEMA.block()));
    page.append(typeList("Resources", "resources", registry.resources().keySet()));
    page.append(typeList("Data Sources", "data-sources", registry.dataSources().keySet()));
    return page.toString();
  }

  private static String typeList(String title, String folder, Set<String> types) {
    if (types.isEmpty()) {
      return "";
    }
    StringBuilder list = new StringBuilder("\n## ").append(title).append("\n\n");
    for (String type : types) {
      list.append("* [`")
          .append(type)
          .append("`](")
          .append(folder)
          .append('/')
          .append(TypePage.shortName(type))
          .append(".md)\n");
    }
    return list.toString();
  }
}
