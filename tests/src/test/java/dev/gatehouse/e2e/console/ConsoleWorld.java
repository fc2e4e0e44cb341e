package dev.gatehouse.e2e.console;

import static org.awaitility.Awaitility.await;

import dev.gatehouse.e2e.Api;
import dev.gatehouse.e2e.FakeOpenAiProvider;
import dev.gatehouse.e2e.GatehouseProcess;
import dev.gatehouse.e2e.HeldProbeProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the console tests look at: the packaged server with the provider probe on, a fake provider
 * that serves, one that holds probes (so an update stays IN_PROGRESS as long as a test needs), and
 * the admin's API client that sets the scene.
 */
final class ConsoleWorld implements AutoCloseable {
  static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  final GatehouseProcess server;
  final FakeOpenAiProvider provider;
  final HeldProbeProvider held;
  final String adminToken;
  final Api admin;

  ConsoleWorld(Path dataDir) throws IOException {
    provider = new FakeOpenAiProvider("console");
    held = new HeldProbeProvider();
    server =
        GatehouseProcess.start(
            "ConsoleIT", dataDir, Map.of("GATEHOUSE_INVOCATIONS_PROBE_ON_UPDATE", "true"));
    adminToken = server.generatedAdminToken();
    admin = Api.withToken(server.baseUri(), adminToken);
  }

  static String config(String base, String key) {
    return """
        {"served_entities": [{"external_model": {"name": "local-model", "provider": "custom",
          "task": "llm/v1/chat", "custom_provider_config": {"custom_provider_url": "%s",
          "bearer_token_auth": {"token_plaintext": "%s"}}}}]}"""
        .formatted(base, key);
  }

  /** Creates a ready endpoint served by the fake provider, tagged team=ml; returns its id. */
  String readyEndpoint(String name) {
    String id =
        admin
            .post(
                "/api/2.0/serving-endpoints",
                "{\"name\":\"%s\",\"config\":%s,\"tags\":[{\"key\":\"team\",\"value\":\"ml\"}]}"
                    .formatted(name, config(provider.base(), "k1")))
            .ok()
            .path("id")
            .asString();
    admin.awaitNotUpdating(name);
    return id;
  }

  /** Starts an update whose probe the held provider does not answer until released. */
  void holdUpdate(String name, String key) {
    held.hold(key);
    admin.put("/api/2.0/serving-endpoints/" + name + "/config", config(held.base(), key)).ok();
  }

  /** A chat call through the invocations route, as the admin. */
  Api.Response call(String name) {
    return admin.post("/serving-endpoints/" + name + "/invocations", CHAT);
  }

  /** Waits until the usage API counts {@code calls} calls (records are written every second). */
  void awaitUsageCalls(String name, int calls) {
    await("usage of " + name + " recorded")
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                admin
                    .get("/api/2.0/serving-endpoints/" + name + "/usage")
                    .ok()
                    .at("/totals/calls")
                    .asInt(),
            n -> n == calls);
  }

  @Override
  public void close() {
    server.stop();
    held.close();
    provider.close();
  }
}
