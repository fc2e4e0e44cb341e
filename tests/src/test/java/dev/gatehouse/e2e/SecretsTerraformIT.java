package dev.gatehouse.e2e;

import static dev.gatehouse.e2e.TerraformStack.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code gatehouse_secret} and {@code gatehouse_secret_acl} with the real {@code terraform} against
 * a real Gatehouse: apply, no-change plans, rotating a write-only value by its version (which never
 * reaches the state or a saved plan), in-place permission changes, drift made through the API,
 * import, destroy checked through the API, and the documented examples applied as written.
 */
class SecretsTerraformIT {
  private static final String TEAM = "data-team";
  private static final String KEPT = "kept-value-in-state";

  @TempDir static Path dataDir;
  private static TerraformStack stack;

  @BeforeAll
  static void start() throws Exception {
    stack = TerraformStack.start("SecretsTerraformIT", dataDir);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void writeOnlyValuesRotateByVersionAndNeverReachStateOrPlan(@TempDir Path dir) {
    String scope = unique("scope");
    String canary = "canary-" + UUID.randomUUID();
    TerraformCli tf = stack.reattached(dir, "secrets").env("TF_VAR_rotated", canary);
    tf.write("main.tf", config(scope, 1, "READ"));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);
    long created = timestamp(scope, "rotated");
    assertThat(timestamp(scope, "kept")).isPositive();
    assertThat(permission(scope)).isEqualTo("READ");
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    // A new write-only value alone is invisible to Terraform; its version is what sends it.
    String rotated = canary + "-rotated";
    tf.env("TF_VAR_rotated", rotated);
    tf.run("plan", "-detailed-exitcode").expectExit(0);
    tf.write("main.tf", config(scope, 2, "READ"));
    assertThat(tf.run("plan", "-detailed-exitcode", "-out=rotate.tfplan").expectExit(2).text())
        .contains("gatehouse_secret.rotated will be updated in-place")
        .contains("~ string_value_wo_version = 1 -> 2")
        .contains("Plan: 0 to add, 1 to change, 0 to destroy.");
    String shown = tf.run("show", "-json", "rotate.tfplan").expectExit(0).output();
    assertThat(shown).contains(KEPT).doesNotContain(canary);
    assertThat(planFileText(dir.resolve("rotate.tfplan"))).contains(KEPT).doesNotContain(canary);
    tf.run("apply", "rotate.tfplan").expectExit(0);
    assertThat(timestamp(scope, "rotated")).isGreaterThan(created);
    String state = read(dir.resolve("terraform.tfstate"));
    assertThat(state).contains(KEPT).doesNotContain(canary);
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    tf.write("main.tf", config(scope, 2, "WRITE"));
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_secret_acl.team will be updated in-place")
        .contains("~ permission = \"READ\" -> \"WRITE\"");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(permission(scope)).isEqualTo("WRITE");

    putAcl(scope, "MANAGE");
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("~ permission = \"MANAGE\" -> \"WRITE\"");
    stack
        .api()
        .post(
            "/api/2.0/secrets/delete", "{\"scope\": \"%s\", \"key\": \"rotated\"}".formatted(scope))
        .ok();
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_secret.rotated will be created")
        .contains("Plan: 1 to add, 1 to change, 0 to destroy.");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(permission(scope)).isEqualTo("WRITE");
    assertThat(timestamp(scope, "rotated")).isPositive();
    assertThat(read(dir.resolve("terraform.tfstate"))).doesNotContain(canary);
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(listPath(scope)).status())
        .as("secrets of the destroyed scope")
        .isEqualTo(404);
  }

  @Test
  void importAdoptsSecretsAndAclsMadeThroughTheApi(@TempDir Path dir) {
    String scope = unique("adopted");
    stack.api().putSecret(scope, "kept", KEPT);
    stack.api().putSecret(scope, "rotated", "old");
    putAcl(scope, "READ");
    TerraformCli tf = stack.reattached(dir, "secrets-import").env("TF_VAR_rotated", "new");
    tf.write("main.tf", stack.providerConfig() + secretOnly(scope, "kept", "taken over?"));
    tf.run("init").expectExit(0);
    long untouched = timestamp(scope, "kept");
    assertThat(tf.run("apply", "-auto-approve").expectExit(1).text())
        .contains("Secret 'kept' already exists in scope '" + scope + "'")
        .contains("terraform import gatehouse_secret.<name> '" + scope + "|||kept'");
    assertThat(timestamp(scope, "kept"))
        .as("the existing value was not replaced")
        .isEqualTo(untouched);

    tf.write("main.tf", config(scope, 1, "READ"));
    assertThat(tf.run("import", "gatehouse_secret.kept", scope + "/kept").expectExit(1).text())
        .contains("Invalid import id for gatehouse_secret")
        .contains("Expected <scope>|||<key>");
    tf.run("import", "gatehouse_secret_scope.s", scope).expectExit(0);
    tf.run("import", "gatehouse_secret.kept", scope + "|||kept").expectExit(0);
    tf.run("import", "gatehouse_secret.rotated", scope + "|||rotated").expectExit(0);
    tf.run("import", "gatehouse_secret_acl.team", scope + "|||" + TEAM).expectExit(0);

    // Gatehouse never returns values, so each imported secret is put once; the ACL matches.
    String plan = tf.run("plan", "-detailed-exitcode").expectExit(2).text();
    assertThat(plan)
        .contains("Plan: 0 to add, 2 to change, 0 to destroy.")
        .doesNotContain("gatehouse_secret_acl.team will be");
    long before = timestamp(scope, "rotated");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(timestamp(scope, "rotated")).isGreaterThan(before);
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(listPath(scope)).status()).isEqualTo(404);
  }

  @Test
  void theExamplesApplyAndDestroyAsWritten(@TempDir Path secretDir, @TempDir Path aclDir) {
    TerraformCli secret = example("gatehouse_secret", secretDir);
    secret.env("TF_VAR_openai_api_key", "sk-example").env("TF_VAR_anthropic_api_key", "sk-ant");
    secret.run("init").expectExit(0);
    assertThat(secret.run("apply", "-auto-approve").expectExit(0).text())
        .contains("openai_api_key_reference = \"{{secrets/llm/openai-api-key}}\"");
    assertThat(timestamp("llm", "openai-api-key")).isPositive();
    secret.run("plan", "-detailed-exitcode").expectExit(0);
    secret.run("destroy", "-auto-approve").expectExit(0);

    TerraformCli acl = example("gatehouse_secret_acl", aclDir);
    acl.run("init").expectExit(0);
    acl.run("apply", "-auto-approve").expectExit(0);
    assertThat(permission("llm")).isEqualTo("READ");
    acl.run("plan", "-detailed-exitcode").expectExit(0);
    acl.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(listPath("llm")).status()).isEqualTo(404);
  }

  @Test
  void diagnosticsPointAtTheOffendingLines(@TempDir Path dir) {
    TerraformCli tf = stack.reattached(dir, "secrets-diagnostics").env("TF_VAR_rotated", "v");
    String hcl =
        config("diag", 1, "read")
            .replace(
                "string_value = \"%s\"".formatted(KEPT),
                "string_value = \"a\"\n string_value_wo = \"b\"\n string_value_wo_version = 1");
    tf.write("main.tf", hcl);
    tf.run("init").expectExit(0);
    assertThat(tf.run("plan").expectExit(1).text())
        .contains("Error: Conflicting secret values")
        .contains("on main.tf line " + lineOf(hcl, "string_value_wo = \"b\"") + ",")
        .contains("Set either string_value or string_value_wo, not both.")
        .contains("Error: Invalid permission")
        .contains("on main.tf line " + lineOf(hcl, "permission = \"read\"") + ",")
        .contains("use READ, WRITE or MANAGE");
    assertThat(stack.api().get(listPath("diag")).status()).isEqualTo(404);
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

  private static String secretOnly(String scope, String key, String value) {
    return """
        resource "gatehouse_secret" "%s" {
          scope        = "%s"
          key          = "%s"
          string_value = "%s"
        }
        """
        .formatted(key, scope, key, value);
  }

  /** The example's resource.tf as published, plus the provider settings and its source. */
  private static TerraformCli example(String type, Path dir) {
    Path file =
        GatehouseProcess.repoDir()
            .resolve("terraform-provider/examples/resources")
            .resolve(type)
            .resolve("resource.tf");
    TerraformCli tf = stack.reattached(dir, type);
    tf.write("main.tf", read(file));
    tf.write("provider.tf", stack.providerConfig());
    return tf;
  }

  /** A scope with a secret kept in state, a write-only one and an ACL for {@link #TEAM}. */
  private static String config(String scope, int version, String permission) {
    return stack.providerConfig()
        + """
        variable "rotated" {
          type      = string
          sensitive = true
          ephemeral = true
        }
        resource "gatehouse_secret_scope" "s" {
          name = "%s"
        }
        resource "gatehouse_secret" "kept" {
          scope        = gatehouse_secret_scope.s.name
          key          = "kept"
          string_value = "%s"
        }
        resource "gatehouse_secret" "rotated" {
          scope                   = gatehouse_secret_scope.s.name
          key                     = "rotated"
          string_value_wo         = var.rotated
          string_value_wo_version = %d
        }
        resource "gatehouse_secret_acl" "team" {
          scope      = gatehouse_secret_scope.s.name
          principal  = "%s"
          permission = "%s"
        }
        """
            .formatted(scope, KEPT, version, TEAM, permission);
  }

  private static void putAcl(String scope, String permission) {
    stack
        .api()
        .post(
            "/api/2.0/secrets/acls/put",
            "{\"scope\": \"%s\", \"principal\": \"%s\", \"permission\": \"%s\"}"
                .formatted(scope, TEAM, permission))
        .ok();
  }

  private static String permission(String scope) {
    return stack
        .api()
        .get("/api/2.0/secrets/acls/get?scope=" + scope + "&principal=" + TEAM)
        .ok()
        .path("permission")
        .asString();
  }

  /** The secret's last_updated_timestamp as the API lists it; fails when it is not listed. */
  private static long timestamp(String scope, String key) {
    for (JsonNode secret : stack.api().get(listPath(scope)).ok().path("secrets")) {
      if (secret.path("key").asString().equals(key)) {
        return secret.path("last_updated_timestamp").asLong();
      }
    }
    throw new AssertionError("No secret " + key + " in scope " + scope);
  }

  private static String listPath(String scope) {
    return "/api/2.0/secrets/list?scope=" + scope;
  }

  /** Every entry of a saved plan (a zip: plan, state snapshots, configuration) as text. */
  private static String planFileText(Path plan) {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(plan.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        text.append(
            new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(text).as("entries of %s", plan).isNotEmpty();
    return text.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
