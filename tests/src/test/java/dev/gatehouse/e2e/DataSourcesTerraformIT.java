package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The data sources {@code gatehouse_serving_endpoints}, {@code gatehouse_external_models} and
 * {@code gatehouse_current_user} read by the real {@code terraform} from a real Gatehouse, and a
 * catalog filter the server would refuse refused at plan time at its line.
 */
class DataSourcesTerraformIT {
  @TempDir static Path dataDir;
  private static GatehouseProcess server;
  private static String token;
  private static Api api;
  private static ProviderReattach provider;

  @BeforeAll
  static void start() throws Exception {
    TerraformCli.cliConfig();
    server = GatehouseProcess.start("DataSourcesTerraformIT", dataDir);
    token = server.generatedAdminToken();
    api = Api.withToken(server.baseUri(), token);
    provider = ProviderReattach.start();
  }

  @AfterAll
  static void stop() {
    if (provider != null) {
      provider.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void outputsShowEndpointsTheFilteredCatalogAndTheCurrentUser(@TempDir Path dir) {
    String plain = unique("plain");
    String chat = unique("chat");
    api.post(
            "/api/2.0/serving-endpoints",
            "{\"name\":\"%s\",\"tags\":[{\"key\":\"team\",\"value\":\"ml\"},{\"key\":\"env\"}]}"
                .formatted(plain))
        .ok();
    api.post(
            "/api/2.0/serving-endpoints",
            """
            {"name":"%s","config":{"served_entities":[{"external_model":{"name":"gpt-4o",
             "provider":"openai","task":"llm/v1/chat",
             "openai_config":{"openai_api_key_plaintext":"sk-test"}}}]}}
            """
                .formatted(chat))
        .ok();
    api.awaitNotUpdating(chat);

    TerraformCli tf = reattached(dir);
    tf.write(
        "main.tf",
        header()
            + """
            data "gatehouse_serving_endpoints" "all" {}
            data "gatehouse_external_models" "embeddings" {
              task           = "llm/v1/embeddings"
              model_provider = "cohere"
            }
            data "gatehouse_current_user" "me" {}
            output "endpoints" { value = data.gatehouse_serving_endpoints.all.endpoints }
            output "models" { value = data.gatehouse_external_models.embeddings.models }
            output "me" { value = data.gatehouse_current_user.me }
            """);
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);
    JsonNode outputs = Api.json(tf.run("output", "-json").expectExit(0).output());

    JsonNode me = outputs.path("me").path("value");
    JsonNode apiMe = api.get("/api/2.0/preview/scim/v2/Me").ok();
    assertThat(me.path("user_name").asString()).isEqualTo(apiMe.path("userName").asString());
    assertThat(me.path("id").asString()).isEqualTo(apiMe.path("id").asString());
    assertThat(me.path("service_principal").asBoolean()).isFalse();

    JsonNode plainOut = byName(outputs.path("endpoints").path("value"), plain);
    assertThat(plainOut.path("id").asString()).isEqualTo(api.endpoint(plain).path("id").asString());
    assertThat(plainOut.path("tags").path("team").asString()).isEqualTo("ml");
    assertThat(plainOut.path("tags").path("env").asString()).isEmpty();
    assertThat(plainOut.path("creator").asString()).isEqualTo(me.path("user_name").asString());
    assertThat(plainOut.path("state_ready").asString()).isEqualTo("NOT_READY");
    assertThat(plainOut.path("external_model_provider").isNull()).isTrue();
    JsonNode chatOut = byName(outputs.path("endpoints").path("value"), chat);
    assertThat(chatOut.path("task").asString()).isEqualTo("llm/v1/chat");
    assertThat(chatOut.path("external_model_provider").asString()).isEqualTo("openai");
    assertThat(chatOut.path("external_model_name").asString()).isEqualTo("gpt-4o");

    List<String> models = new ArrayList<>();
    outputs
        .path("models")
        .path("value")
        .forEach(
            m -> {
              assertThat(m.path("provider").asString()).isEqualTo("cohere");
              assertThat(m.path("task").asString()).isEqualTo("llm/v1/embeddings");
              models.add(m.path("name").asString());
            });
    List<String> apiModels = new ArrayList<>();
    api.get("/api/2.0/external-models?task=llm/v1/embeddings&provider=cohere")
        .ok()
        .path("models")
        .forEach(m -> apiModels.add(m.path("name").asString()));
    assertThat(models).isNotEmpty().isEqualTo(apiModels);
  }

  @Test
  void anUnknownTaskFilterIsRefusedAtPlanTimeAtItsLine(@TempDir Path dir) {
    TerraformCli tf = reattached(dir);
    String hcl =
        header()
            + """
            data "gatehouse_external_models" "bad" {
              task = "chat"
            }
            """;
    tf.write("main.tf", hcl);
    tf.run("init").expectExit(0);
    assertThat(tf.run("plan").expectExit(1).text())
        .contains("Error: Unknown task")
        .contains("on main.tf line " + lineOf(hcl, "task = \"chat\"") + ",")
        .contains("use one of: llm/v1/chat, llm/v1/completions, llm/v1/embeddings");
  }

  private static JsonNode byName(JsonNode endpoints, String name) {
    for (JsonNode endpoint : endpoints) {
      if (name.equals(endpoint.path("name").asString())) {
        return endpoint;
      }
    }
    throw new AssertionError(name + " not in " + endpoints);
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

  private static TerraformCli reattached(Path dir) {
    return new TerraformCli(dir, "data-sources")
        .env("TF_REATTACH_PROVIDERS", provider.reattachJson());
  }

  private static String header() {
    return """
        terraform {
          required_providers {
            gatehouse = {
              source = "registry.gatehouse.dev/gatehouse/gatehouse"
            }
          }
        }
        provider "gatehouse" {
          host  = "%s"
          token = "%s"
        }
        """
        .formatted(server.baseUri(), token);
  }

  private static String unique(String prefix) {
    return "tf-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
