package dev.gatehouse.e2e;

import static dev.gatehouse.e2e.TerraformStack.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The Terraform provider as users run it: the real {@code terraform} installs it offline from the
 * packaged filesystem mirror and manages {@code gatehouse_secret_scope} against a real Gatehouse.
 * One test goes through the launcher (AutoMTLS, a JVM per provider launch); the others reuse one
 * provider process in reattach mode, which is what keeps this class fast.
 */
class TerraformIT {
  private static final String SCOPES = "/api/2.0/secrets/scopes/list";

  @TempDir static Path dataDir;
  private static TerraformStack stack;

  @BeforeAll
  static void start() throws Exception {
    stack = TerraformStack.start("TerraformIT", dataDir);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void launcherInstallsOfflineAndManagesAScopeOverMutualTls(@TempDir Path dir) {
    String name = unique("launcher");
    TerraformCli tf =
        new TerraformCli(dir, "launcher")
            .env("GATEHOUSE_HOST", stack.server().baseUri().toString())
            .env("GATEHOUSE_TOKEN", stack.token());
    tf.write("main.tf", config("", name, ""));

    assertThat(tf.run("init").expectExit(0).output())
        .contains("Installed registry.gatehouse.dev/gatehouse/gatehouse v0.1.0");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(scope(name)).as("scope %s after apply", name).isNotNull();
    assertThat(scope(name).path("backend_type").asString()).isEqualTo("DATABRICKS");
    tf.run("plan", "-detailed-exitcode").expectExit(0);
    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(scope(name)).as("scope %s after destroy", name).isNull();
  }

  @Test
  void applyReplaceDriftImportAndDestroy(@TempDir Path dir, @TempDir Path importDir) {
    String first = unique("scope");
    String renamed = unique("renamed");
    TerraformCli tf = stack.reattached(dir, "lifecycle");
    tf.write("main.tf", config(providerBlock(stack.token()), first, ""));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(scope(first)).isNotNull();
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    tf.write(
        "main.tf",
        config(providerBlock(stack.token()), renamed, "initial_manage_principal = \"users\""));
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("must be replaced")
        .contains("# forces replacement");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(scope(first)).isNull();
    assertThat(scope(renamed)).isNotNull();
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    stack.api().post("/api/2.0/secrets/scopes/delete", "{\"scope\": \"" + renamed + "\"}").ok();
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_secret_scope.s will be created");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(scope(renamed)).isNotNull();

    TerraformCli imported = stack.reattached(importDir, "import");
    imported.write("main.tf", config(providerBlock(stack.token()), renamed, ""));
    imported.run("init").expectExit(0);
    imported.run("import", "gatehouse_secret_scope.s", renamed).expectExit(0);
    imported.run("plan", "-detailed-exitcode").expectExit(0);
    imported.run("destroy", "-auto-approve").expectExit(0);
    assertThat(scope(renamed)).isNull();
    assertThat(scope(first)).isNull();
  }

  @Test
  void anImportBlockAdoptsAScopeMadeThroughTheApi(@TempDir Path dir) {
    String name = unique("adopted");
    stack.api().post("/api/2.0/secrets/scopes/create", "{\"scope\": \"" + name + "\"}").ok();
    TerraformCli tf = stack.reattached(dir, "import-block");
    tf.write(
        "main.tf",
        config(providerBlock(stack.token()), name, "")
            + """
            import {
              to = gatehouse_secret_scope.s
              id = "%s"
            }
            """
                .formatted(name));
    tf.run("init").expectExit(0);
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.");
    tf.run("apply", "-auto-approve").expectExit(0);
    tf.run("plan", "-detailed-exitcode").expectExit(0);
    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(scope(name)).isNull();
  }

  @Test
  void aWrongTokenFailsWithTheServersMessage(@TempDir Path dir) {
    TerraformCli tf = stack.reattached(dir, "bad-token");
    tf.write("main.tf", config(providerBlock("dapi-not-a-real-token"), unique("denied"), ""));
    tf.run("init").expectExit(0);
    assertThat(tf.run("apply", "-auto-approve").expectExit(1).text())
        .contains("Gatehouse refused to create gatehouse_secret_scope")
        .contains("401 UNAUTHENTICATED: Invalid access token")
        .contains("Check the provider's token");
  }

  @Test
  void diagnosticsPointAtTheConfiguration(@TempDir Path dir) {
    TerraformCli tf = stack.reattached(dir, "diagnostics");
    String hcl =
        config(
            providerBlock(stack.token()), unique("bad"), "initial_manage_principal = \"admins\"");
    tf.write("main.tf", hcl);
    tf.run("init").expectExit(0);
    assertThat(tf.run("plan").expectExit(1).text())
        .contains("Error: Unsupported initial_manage_principal")
        .contains("on main.tf line " + lineOf(hcl, "initial_manage_principal") + ",")
        .contains("Only \"users\" is accepted");

    tf.write("main.tf", config("provider \"gatehouse\" {}", unique("nohost"), ""));
    assertThat(tf.run("plan").expectExit(1).text())
        .contains("Missing Gatehouse host")
        .contains("GATEHOUSE_HOST environment variable");
  }

  private static String providerBlock(String withToken) {
    return """
        provider "gatehouse" {
          host  = "%s"
          token = "%s"
        }"""
        .formatted(stack.server().baseUri(), withToken);
  }

  /** A configuration of one scope, {@code extra} inside the resource block. */
  private static String config(String providerBlock, String name, String extra) {
    return """
        terraform {
          required_providers {
            gatehouse = {
              source = "registry.gatehouse.dev/gatehouse/gatehouse"
            }
          }
        }
        %s
        """
            .formatted(providerBlock.isEmpty() ? "provider \"gatehouse\" {}" : providerBlock)
        + """
        resource "gatehouse_secret_scope" "s" {
          name = "%s"
          %s
        }
        """
            .formatted(name, extra);
  }

  /** The 1-based line of the first line containing {@code needle}. */
  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + text);
  }

  /** The scope as the API lists it, or null. */
  private static JsonNode scope(String name) {
    List<JsonNode> found = new ArrayList<>();
    stack
        .api()
        .get(SCOPES)
        .ok()
        .path("scopes")
        .forEach(
            s -> {
              if (s.path("name").asString().equals(name)) {
                found.add(s);
              }
            });
    return found.isEmpty() ? null : found.get(0);
  }
}
