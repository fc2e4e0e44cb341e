package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code gatehouse_model_serving} while config updates take time: the provider probe is on and the
 * served model's provider is a {@link HeldProbeProvider}, so a test holds an update IN_PROGRESS for
 * as long as it needs. An apply waits for its own update, and waits out somebody else's (409
 * RESOURCE_CONFLICT) before sending its change again; a key the provider refuses fails the apply
 * with the server's reason.
 */
class ModelServingUpdateWaitIT {
  private static final String ENDPOINTS = "/api/2.0/serving-endpoints/";

  @TempDir static Path dataDir;
  private static TerraformStack stack;
  private static HeldProbeProvider models;

  @BeforeAll
  static void start() throws Exception {
    models = new HeldProbeProvider();
    stack =
        TerraformStack.start(
            "ModelServingUpdateWaitIT",
            dataDir,
            Map.of("GATEHOUSE_INVOCATIONS_PROBE_ON_UPDATE", "true"),
            "provider-model-serving-wait");
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
    if (models != null) {
      models.close();
    }
  }

  @Test
  void appliesWaitForTheirUpdateAndWaitOutAConcurrentOne(@TempDir Path dir) throws Exception {
    String name = "tf-held";
    TerraformCli tf = stack.reattached(dir, "serving-wait");
    tf.write("main.tf", config(name, "first", HeldProbeProvider.GOOD_KEY));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);

    models.hold("held-own");
    tf.write("main.tf", config(name, "second", "held-own"));
    CompletableFuture<TerraformCli.Run> own = applyInBackground(tf);
    awaitUpdating(name);
    assertThat(own).as("apply waits while its update is IN_PROGRESS").isNotDone();
    models.release("held-own");
    own.get().expectExit(0);
    assertThat(served(name)).isEqualTo("second");

    models.hold("held-other");
    stack.api().put(ENDPOINTS + name + "/config", apiConfig("intruder", "held-other")).ok();
    int logged = stack.provider().log().length();
    tf.write("main.tf", config(name, "third", HeldProbeProvider.GOOD_KEY));
    CompletableFuture<TerraformCli.Run> waiting = applyInBackground(tf);
    await("the apply to meet the concurrent update")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                stack.provider().log().substring(logged).contains("waits for a concurrent update"));
    assertThat(waiting).isNotDone();
    models.release("held-other");
    waiting.get().expectExit(0);
    JsonNode endpoint = stack.api().endpoint(name);
    assertThat(endpoint.path("config").path("config_version").asLong()).isEqualTo(4);
    assertThat(served(name)).isEqualTo("third");
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    tf.write("main.tf", config(name, "refused", "wrong-key"));
    assertThat(tf.run("apply", "-auto-approve").expectExit(1).text())
        .contains("The serving endpoint did not become ready")
        .contains("UPDATE_FAILED")
        .contains("Update to config version 5 failed");
    assertThat(served(name)).isEqualTo("third");
    tf.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(ENDPOINTS + name).status()).isEqualTo(404);
  }

  private static CompletableFuture<TerraformCli.Run> applyInBackground(TerraformCli tf) {
    return CompletableFuture.supplyAsync(() -> tf.run("apply", "-auto-approve"));
  }

  private static void awaitUpdating(String name) {
    await("an update of " + name + " in progress")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                stack
                    .api()
                    .endpoint(name)
                    .path("state")
                    .path("config_update")
                    .asString()
                    .equals("IN_PROGRESS"));
  }

  private static String served(String name) {
    return stack
        .api()
        .endpoint(name)
        .path("config")
        .path("served_entities")
        .path(0)
        .path("external_model")
        .path("name")
        .asString();
  }

  private static String apiConfig(String model, String key) {
    return """
        {"served_entities": [{"name": "m", "external_model": {"name": "%s", "provider": "custom",
          "task": "llm/v1/chat", "custom_provider_config": {"custom_provider_url": "%s",
          "bearer_token_auth": {"token_plaintext": "%s"}}}}]}"""
        .formatted(model, models.base(), key);
  }

  private static String config(String name, String model, String key) {
    return stack.providerConfig()
        + """
        resource "gatehouse_model_serving" "held" {
          name = "%s"
          config {
            served_entities {
              name = "m"
              external_model {
                name     = "%s"
                provider = "custom"
                task     = "llm/v1/chat"
                custom_provider_config {
                  custom_provider_url = "%s"
                  bearer_token_auth {
                    token_plaintext = "%s"
                  }
                }
              }
            }
          }
          timeouts {
            update = "2m"
          }
        }
        """
            .formatted(name, model, models.base(), key);
  }
}
