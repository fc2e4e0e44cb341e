package dev.gatehouse.e2e;

import static dev.gatehouse.e2e.TerraformStack.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code gatehouse_model_serving} with the real {@code terraform} against a real Gatehouse (the
 * provider probe off, so an OpenAI endpoint with a plaintext key becomes ready): apply, in-place
 * updates of each part, replacement, drift, import, a failed update, destroy, and a configuration
 * written for {@code databricks_model_serving}.
 */
class ModelServingTerraformIT {
  private static final String ENDPOINTS = "/api/2.0/serving-endpoints/";

  @TempDir static Path dataDir;
  private static TerraformStack stack;

  @BeforeAll
  static void start() throws Exception {
    stack =
        TerraformStack.start(
            "ModelServingTerraformIT", dataDir, Map.of(), "provider-model-serving");
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void applyUpdateInPlaceReplaceDriftImportAndDestroy(@TempDir Path dir, @TempDir Path importDir) {
    String name = unique("chat");
    TerraformCli tf = stack.reattached(dir, "serving-lifecycle");
    tf.write("main.tf", config(endpoint(name, "gpt-4o-mini", TAGS, GATEWAY)));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);
    JsonNode created = stack.api().endpoint(name);
    assertThat(created.path("state").path("config_update").asString()).isEqualTo("NOT_UPDATING");
    assertThat(created.path("tags").toString()).contains("\"team\"").contains("\"ml\"");
    assertThat(created.path("ai_gateway").path("rate_limits").toString())
        .contains("\"calls\":0")
        .contains("\"tokens\":5000");
    assertThat(created.path("ai_gateway").path("fallback_config").path("enabled").asBoolean())
        .isTrue();
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    tf.write("main.tf", config(endpoint(name, "gpt-4o", TAGS_CHANGED, GATEWAY_CHANGED)));
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("will be updated in-place")
        .doesNotContain("must be replaced");
    int logged = stack.provider().log().length();
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(stack.provider().log().substring(logged))
        .contains("serving endpoint '" + name + "': NOT_UPDATING");
    JsonNode updated = stack.api().endpoint(name);
    assertThat(updated.path("config").path("config_version").asLong()).isEqualTo(2);
    assertThat(entity(updated).path("external_model").path("name").asString()).isEqualTo("gpt-4o");
    assertThat(updated.path("tags").toString()).contains("\"owner\"").doesNotContain("\"team\"");
    assertThat(updated.path("ai_gateway").path("rate_limits").toString()).contains("\"calls\":7");
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    stack
        .api()
        .patch(ENDPOINTS + name + "/tags", "{\"add_tags\":[{\"key\":\"sneaky\",\"value\":\"x\"}]}")
        .ok();
    stack
        .api()
        .put(
            ENDPOINTS + name + "/config",
            """
            {"served_entities":[{"name":"chat","external_model":{"name":"gpt-4.1",
              "provider":"openai","task":"llm/v1/chat",
              "openai_config":{"openai_api_key_plaintext":"sk-other"}}}]}
            """)
        .ok();
    stack.api().awaitNotUpdating(name);
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("will be updated in-place")
        .contains("sneaky")
        .contains("\"gpt-4.1\" -> \"gpt-4o\"");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(stack.api().endpoint(name).path("tags").toString()).doesNotContain("sneaky");
    assertThat(entity(stack.api().endpoint(name)).path("external_model").path("name").asString())
        .isEqualTo("gpt-4o");

    String renamed = unique("renamed");
    tf.write("main.tf", config(endpoint(renamed, "gpt-4o", TAGS_CHANGED, GATEWAY_CHANGED)));
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("must be replaced")
        .contains("# forces replacement");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(ENDPOINTS + name).status()).isEqualTo(404);
    assertThat(stack.api().endpoint(renamed).path("state").path("ready").asString())
        .isEqualTo("READY");
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    TerraformCli imported = stack.reattached(importDir, "serving-import");
    imported.write(
        "main.tf", config(endpoint(renamed, "gpt-4o", TAGS_CHANGED, GATEWAY_CHANGED, false)));
    imported.run("init").expectExit(0);
    imported.run("import", "gatehouse_model_serving.e", renamed).expectExit(0);
    imported.run("plan", "-detailed-exitcode").expectExit(0);

    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(ENDPOINTS + renamed).status()).isEqualTo(404);
    assertThat(endpointNames()).doesNotContain(name, renamed);
  }

  @Test
  void aTaskChangeReplacesAndAnUnknownTaskIsRefusedAtPlan(@TempDir Path dir) {
    String name = unique("task");
    TerraformCli tf = stack.reattached(dir, "serving-task");
    tf.write("main.tf", config(endpoint(name, "gpt-4o-mini", "", "")));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);

    String embeddings =
        endpoint(name, "text-embedding-3-small", "", "")
            .replace("llm/v1/chat", "llm/v1/embeddings");
    tf.write("main.tf", config(embeddings));
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("must be replaced")
        .contains("task")
        .contains("# forces replacement");

    String wrong = endpoint(name, "gpt-4o-mini", "", "").replace("llm/v1/chat", "llm/v1/chatty");
    tf.write("main.tf", config(wrong));
    String refused = tf.run("plan").expectExit(1).text();
    assertThat(refused)
        .contains("Error: Invalid serving endpoint configuration")
        .contains("config[0].served_entities[0].external_model[0].task")
        .contains("on main.tf line " + lineOf(config(wrong), "llm/v1/chatty") + ",");
    tf.write("main.tf", config(endpoint(name, "gpt-4o-mini", "", "")));
    tf.run("destroy", "-auto-approve").expectExit(0);
  }

  @Test
  void anUpdateThatFailsReadinessKeepsTheOldConfigServing(@TempDir Path dir) {
    String name = unique("failing");
    String scope = unique("scope");
    stack.api().putSecret(scope, "present", "sk-test");
    TerraformCli tf = stack.reattached(dir, "serving-failure");
    tf.write("main.tf", config(endpoint(name, "gpt-4o-mini", TAGS, "")));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);

    String broken =
        endpoint(name, "gpt-4o", TAGS, "")
            .replace(
                "openai_api_key_plaintext = \"sk-test-plaintext\"",
                "openai_api_key = \"{{secrets/" + scope + "/missing}}\"");
    tf.write("main.tf", config(broken));
    String failed = tf.run("apply", "-auto-approve").expectExit(1).text();
    assertThat(failed)
        .contains("The serving endpoint did not become ready")
        .contains("UPDATE_FAILED")
        .contains("does not resolve")
        .contains("Secret 'missing' does not exist in secret scope '" + scope + "'");
    JsonNode serving = stack.api().endpoint(name);
    assertThat(serving.path("config").path("config_version").asLong()).isEqualTo(1);
    assertThat(entity(serving).path("external_model").path("name").asString())
        .isEqualTo("gpt-4o-mini");
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("will be updated in-place")
        .contains("gpt-4o");

    String never = unique("never");
    tf.write(
        "main.tf",
        config(broken)
            + broken
                .replace("\"e\"", "\"f\"")
                .replace(name, never)
                .replace("gpt-4o\"", "gpt-4o-mini\""));
    assertThat(
            tf.run("apply", "-auto-approve", "-target=gatehouse_model_serving.f")
                .expectExit(1)
                .text())
        .contains("The serving endpoint did not become ready")
        .contains("does not resolve");
    assertThat(stack.api().endpoint(never).path("state").path("config_update").asString())
        .as("a failed create keeps the endpoint, for Terraform to replace")
        .isEqualTo("UPDATE_FAILED");
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_model_serving.f is tainted, so must be replaced");
    tf.write("main.tf", config(broken));

    stack.api().putSecret(scope, "missing", "sk-now-present");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(entity(stack.api().endpoint(name)).path("external_model").path("name").asString())
        .isEqualTo("gpt-4o");
    tf.run("plan", "-detailed-exitcode").expectExit(0);
    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(ENDPOINTS + name).status()).isEqualTo(404);
    assertThat(stack.api().get(ENDPOINTS + never).status()).isEqualTo(404);
  }

  @Test
  void aConfigurationWrittenForDatabricksAppliesWithThePrefixChanged(@TempDir Path dir) {
    String name = unique("compat");
    String scope = unique("llm");
    stack.api().putSecret(scope, "openai_key", "sk-test");
    String databricks =
        """
        resource "databricks_model_serving" "gpt" {
          name = "%s"
          config {
            served_entities {
              name = "openai_chat"
              external_model {
                name     = "gpt-4o-mini"
                provider = "openai"
                task     = "llm/v1/chat"
                openai_config {
                  openai_api_key = "{{secrets/%s/openai_key}}"
                }
              }
            }
          }
          ai_gateway {
            usage_tracking_config {
              enabled = true
            }
            rate_limits {
              calls          = 100
              key            = "user"
              renewal_period = "minute"
            }
          }
          tags {
            key   = "team"
            value = "data-science"
          }
          tags {
            key   = "env"
            value = "dev"
          }
        }
        """
            .formatted(name, scope);
    TerraformCli tf = stack.reattached(dir, "serving-compat");
    tf.write("main.tf", config(databricks.replace("databricks_", "gatehouse_")));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);
    JsonNode endpoint = stack.api().endpoint(name);
    assertThat(entity(endpoint).path("name").asString()).isEqualTo("openai_chat");
    assertThat(
            entity(endpoint)
                .path("external_model")
                .path("openai_config")
                .path("openai_api_key")
                .asString())
        .isEqualTo("{{secrets/" + scope + "/openai_key}}");
    assertThat(
            endpoint.path("ai_gateway").path("usage_tracking_config").path("enabled").asBoolean())
        .isTrue();
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    stack.api().delete(ENDPOINTS + name).ok();
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_model_serving.gpt will be created");
    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(ENDPOINTS + name).status()).isEqualTo(404);
  }

  @Test
  void theRegistryExampleIsValid(@TempDir Path dir) throws Exception {
    Path example =
        GatehouseProcess.repoDir()
            .resolve("terraform-provider/examples/resources/gatehouse_model_serving/resource.tf");
    TerraformCli tf = stack.reattached(dir, "serving-example");
    tf.write("main.tf", config(java.nio.file.Files.readString(example)));
    tf.run("init").expectExit(0);
    tf.run("validate").expectExit(0);
  }

  private static final String TAGS =
      """
        tags {
          key   = "team"
          value = "ml"
        }
        tags {
          key = "env"
          value = "dev"
        }
      """;

  private static final String TAGS_CHANGED =
      """
        tags {
          key   = "env"
          value = "prod"
        }
        tags {
          key   = "owner"
          value = "ana"
        }
      """;

  private static final String GATEWAY =
      """
        ai_gateway {
          usage_tracking_config {
            enabled = true
          }
          rate_limits {
            calls          = 0
            key            = "user"
            renewal_period = "minute"
          }
          rate_limits {
            tokens         = 5000
            key            = "endpoint"
            renewal_period = "minute"
          }
          fallback_config {
            enabled = true
          }
        }
      """;

  private static final String GATEWAY_CHANGED =
      """
        ai_gateway {
          rate_limits {
            calls          = 7
            key            = "user"
            renewal_period = "minute"
          }
        }
      """;

  private static String endpoint(String name, String model, String tags, String gateway) {
    return endpoint(name, model, tags, gateway, true);
  }

  /**
   * One OpenAI chat endpoint. {@code full} false leaves out what an import cannot read back: the
   * plaintext key and the timeouts.
   */
  private static String endpoint(
      String name, String model, String tags, String gateway, boolean full) {
    return """
        resource "gatehouse_model_serving" "e" {
          name = "%s"
          config {
            served_entities {
              name = "chat"
              external_model {
                name     = "%s"
                provider = "openai"
                task     = "llm/v1/chat"
                openai_config {
                  %s
                }
              }
            }
          }
        %s
        %s
        %s
        }
        """
        .formatted(
            name,
            model,
            full ? "openai_api_key_plaintext = \"sk-test-plaintext\"" : "",
            tags,
            gateway,
            full ? "timeouts {\n    create = \"2m\"\n    update = \"2m\"\n  }" : "");
  }

  private static String config(String resources) {
    return stack.providerConfig() + resources;
  }

  private static JsonNode entity(JsonNode endpoint) {
    return endpoint.path("config").path("served_entities").path(0);
  }

  private static List<String> endpointNames() {
    List<String> names = new ArrayList<>();
    stack
        .api()
        .get(ENDPOINTS.substring(0, ENDPOINTS.length() - 1))
        .ok()
        .path("endpoints")
        .forEach(e -> names.add(e.path("name").asString()));
    return names;
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + text);
  }
}
