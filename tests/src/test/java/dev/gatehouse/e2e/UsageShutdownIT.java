package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Usage records are not lost on a clean shutdown (docs/usage.md, "What can be lost"): with a flush
 * interval far longer than the test, nothing is written while the server runs, so every record the
 * restarted server shows was written by the drain at SIGTERM, into the default embedded H2.
 */
class UsageShutdownIT {
  private static final String TOKEN = "e2e-usage-admin";
  private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  @Test
  void callsQueuedAtSigtermAreWrittenBeforeTheServerStops(@TempDir Path dataDir) throws Exception {
    Map<String, String> env =
        Map.of("GATEHOUSE_ADMIN_TOKEN", TOKEN, "GATEHOUSE_USAGE_FLUSH_INTERVAL_MS", "3600000");
    int calls = 20;
    try (FakeOpenAiProvider provider = new FakeOpenAiProvider("usage");
        GatehouseProcess first = GatehouseProcess.start("UsageShutdownIT-first", dataDir, env)) {
      Api api = Api.withToken(first.baseUri(), TOKEN);
      api.putSecret("llm", "key", "sk-e2e");
      api.post(
              "/api/2.0/serving-endpoints",
              """
              {"name":"usage-chat","ai_gateway":{"usage_tracking_config":{"enabled":true}},
               "config":{"served_entities":[{"name":"served","external_model":{
                 "name":"gpt-4o-mini","provider":"openai","task":"llm/v1/chat",
                 "openai_config":{"openai_api_key":"{{secrets/llm/key}}",
                   "openai_api_base":"%s"}}}]}}"""
                  .formatted(provider.base()))
          .ok();
      api.awaitNotUpdating("usage-chat");

      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Api.Response>> burst = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        burst.add(pool.submit(() -> api.post("/serving-endpoints/usage-chat/invocations", CHAT)));
      }
      for (Future<Api.Response> call : burst) {
        call.get().ok();
      }
      pool.shutdown();
      Api.Response stream =
          api.post(
              "/serving-endpoints/usage-chat/invocations", CHAT.replace("{", "{\"stream\":true,"));
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.body()).endsWith("data: [DONE]\n\n");

      JsonNode before = api.get("/api/2.0/serving-endpoints/usage-chat/usage").ok();
      assertThat(before.path("totals").path("calls").asLong())
          .as("nothing written yet: the flush interval is an hour")
          .isZero();
      assertThat(first.stop()).as("the server stopped on SIGTERM").isNotNegative();
    }

    try (GatehouseProcess second = GatehouseProcess.start("UsageShutdownIT-second", dataDir, env)) {
      JsonNode totals =
          Api.withToken(second.baseUri(), TOKEN)
              .get("/api/2.0/serving-endpoints/usage-chat/usage")
              .ok()
              .path("totals");
      assertThat(totals.path("calls").asLong()).isEqualTo(calls + 1);
      assertThat(totals.path("succeeded_calls").asLong()).isEqualTo(calls + 1);
      assertThat(totals.path("total_tokens").asLong()).isEqualTo(8L * (calls + 1));
      // (21 * 5 * 0.15 + 21 * 3 * 0.60) / 1M, gpt-4o-mini's built-in price
      assertThat(totals.path("cost_usd").decimalValue()).isEqualByComparingTo("0.00005355");
    }
  }
}
