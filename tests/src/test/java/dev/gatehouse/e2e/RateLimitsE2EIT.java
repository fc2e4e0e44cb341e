package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, on the packaged server: "100 calls per user per minute" put on an
 * endpoint with one call, then a burst of 150 from 32 clients: exactly 100 answered, the rest 429
 * in the error contract with {@code Retry-After}.
 */
class RateLimitsE2EIT {
  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static Api api;
  static FakeOpenAiProvider provider;

  @BeforeAll
  static void start() throws IOException {
    provider = new FakeOpenAiProvider("limited");
    server = GatehouseProcess.start("RateLimitsE2EIT", dataDir, Map.of());
    api = Api.withToken(server.baseUri(), server.generatedAdminToken());
    api.putSecret("llm", "key", "sk-e2e");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    provider.close();
  }

  @Test
  void aHundredCallsPerUserPerMinuteThenA429() throws Exception {
    api.post(
            "/api/2.0/serving-endpoints",
            """
            {"name":"e2e-limited","config":{"served_entities":[{"name":"served","external_model":{
              "name":"local-model","provider":"custom","task":"llm/v1/chat",
              "custom_provider_config":{"custom_provider_url":"%s",
              "bearer_token_auth":{"token":"{{secrets/llm/key}}"}}}}]}}"""
                .formatted(provider.base()))
        .ok();
    api.awaitNotUpdating("e2e-limited");
    api.put(
            "/api/2.0/serving-endpoints/e2e-limited/ai-gateway",
            "{\"rate_limits\":[{\"calls\":100,\"key\":\"user\",\"renewal_period\":\"minute\"}]}")
        .ok();
    int second = Instant.now().atZone(ZoneOffset.UTC).getSecond();
    if (second > 40) { // one UTC minute is one window: keep the burst inside one
      Thread.sleep((61 - second) * 1000L);
    }

    List<Api.Response> responses = burst(150, 32);

    Map<Integer, Long> statuses =
        responses.stream()
            .collect(Collectors.groupingBy(Api.Response::status, Collectors.counting()));
    System.out.println("100 calls per user per minute, burst of 150: " + statuses);
    assertThat(statuses).containsEntry(200, 100L).containsEntry(429, 50L).hasSize(2);
    Api.Response refused =
        responses.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertThat(refused.error(429, "REQUEST_LIMIT_EXCEEDED"))
        .contains("100 calls per minute (key 'user', the per-user default) is used up");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
  }

  private static List<Api.Response> burst(int calls, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Api.Response>> sent = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        sent.add(
            pool.submit(
                () ->
                    api.post(
                        "/serving-endpoints/e2e-limited/invocations",
                        "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")));
      }
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> f : sent) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
