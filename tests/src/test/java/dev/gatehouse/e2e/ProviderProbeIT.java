package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The provider probe, on as it is by default: a config update whose key the provider refuses ends
 * UPDATE_FAILED, and the config that served before keeps serving.
 */
class ProviderProbeIT {
  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static FakeOpenAiProvider provider;
  static Api api;

  @BeforeAll
  static void start() throws IOException {
    provider = new FakeOpenAiProvider("probed");
    provider.acceptedKey = "good-key";
    server =
        GatehouseProcess.start(
            "ProviderProbeIT", dataDir, Map.of("GATEHOUSE_INVOCATIONS_PROBE_ON_UPDATE", "true"));
    api = Api.withToken(server.baseUri(), server.generatedAdminToken());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    provider.close();
  }

  private static String config(String key) {
    return """
        {"served_entities": [{"external_model": {"name": "local-model", "provider": "custom",
          "task": "llm/v1/chat", "custom_provider_config": {"custom_provider_url": "%s",
          "bearer_token_auth": {"token_plaintext": "%s"}}}}]}"""
        .formatted(provider.base(), key);
  }

  @Test
  void aKeyTheProviderRefusesFailsTheUpdateAndTheOldConfigKeepsServing() {
    api.post(
            "/api/2.0/serving-endpoints",
            "{\"name\":\"probed\",\"config\":" + config("good-key") + "}")
        .ok();
    assertThat(api.awaitNotUpdating("probed").path("config").path("config_version").asInt())
        .isEqualTo(1);

    api.put("/api/2.0/serving-endpoints/probed/config", config("wrong-key")).ok();
    JsonNode failed =
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(30))
            .until(
                () -> api.endpoint("probed"),
                e -> !e.path("state").path("config_update").asString().equals("IN_PROGRESS"));

    assertThat(failed.path("state").path("config_update").asString()).isEqualTo("UPDATE_FAILED");
    assertThat(failed.path("state").path("config_update_message").asString())
        .contains("version 2")
        .doesNotContain("wrong-key");
    assertThat(failed.path("config").path("config_version").asInt()).isEqualTo(1);
    assertThat(provider.lastAuth.get("/v1/models")).isEqualTo("Bearer wrong-key");

    JsonNode answer =
        api.post(
                "/serving-endpoints/probed/invocations",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
            .ok();
    assertThat(answer.at("/choices/0/message/content").asString()).isEqualTo("hello from probed");
    assertThat(provider.lastAuth.get("/v1/chat/completions")).isEqualTo("Bearer good-key");
  }
}
