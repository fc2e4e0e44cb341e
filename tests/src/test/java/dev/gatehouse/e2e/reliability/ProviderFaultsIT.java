package dev.gatehouse.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.e2e.Api;
import dev.gatehouse.e2e.GatehouseProcess;
import dev.gatehouse.e2e.reliability.FaultyUpstream.Fault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server in front of a provider that hangs, resets, fails, rate-limits and stalls
 * (docs/invocations.md, "Errors"; docs/configuration.md, "Fault tolerance of provider calls"). Each
 * fault gets its documented status and error_code within the configured timeout plus a margin,
 * {@code /health/ready} stays UP all along, and the next call succeeds once the provider behaves.
 * Timeouts are shortened through environment variables so the class runs in a minute.
 *
 * <p>The custom provider's breaker is set never to open, so every fault shows its own error; the
 * OpenAI provider's opens after 4 failures, for the breaker case.
 */
class ProviderFaultsIT {
  private static final String TOKEN = "e2e-faults-admin";
  private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  private static final String STREAM =
      CHAT.replace("{\"messages\"", "{\"stream\":true,\"messages\"");
  private static final long TIMEOUT_MS = 2_000;
  private static final long STREAM_IDLE_MS = 1_500;
  private static final long BREAKER_DELAY_MS = 3_000;

  /** Generous: these bound correctness ("answered within the timeout"), not speed. */
  private static final long MARGIN_MS = 5_000;

  private static final String OPENAI_BREAKER =
      "DEV_GATEHOUSE_INVOCATION_INFRASTRUCTURE_OPENAICALLS_EXCHANGE_CIRCUITBREAKER_";
  private static final Map<String, String> ENV =
      Map.ofEntries(
          Map.entry("GATEHOUSE_ADMIN_TOKEN", TOKEN),
          Map.entry("GATEHOUSE_INVOCATIONS_READ_TIMEOUT_MS", Long.toString(TIMEOUT_MS)),
          Map.entry("GATEHOUSE_INVOCATIONS_STREAM_IDLE_TIMEOUT_MS", Long.toString(STREAM_IDLE_MS)),
          Map.entry("GATEHOUSE_INVOCATIONS_MAX_RETRY_AFTER_MS", "1500"),
          Map.entry("GATEHOUSE_INVOCATIONS_UNAVAILABLE_RETRY_AFTER_SECONDS", "3"),
          Map.entry("RETRY_DELAY", "50"),
          Map.entry("RETRY_JITTER", "0"),
          Map.entry("CIRCUITBREAKER_REQUESTVOLUMETHRESHOLD", "100000"),
          Map.entry(OPENAI_BREAKER + "REQUESTVOLUMETHRESHOLD", "4"),
          Map.entry(OPENAI_BREAKER + "FAILURERATIO", "1.0"),
          Map.entry(OPENAI_BREAKER + "DELAY", Long.toString(BREAKER_DELAY_MS)));

  /** The 5xx a provider fault may become (docs/invocations.md); any other 5xx is a bug. */
  private static final Set<String> UPSTREAM_5XX =
      Set.of("502 UPSTREAM_ERROR", "503 TEMPORARILY_UNAVAILABLE", "504 UPSTREAM_TIMEOUT");

  @TempDir static Path dataDir;
  static FaultyUpstream faulty;
  static FaultyUpstream brittle;
  static GatehouseProcess server;
  static HealthWatch health;
  static Api api;
  static final AtomicInteger cases = new AtomicInteger();
  static final AtomicInteger calls = new AtomicInteger();
  static final AtomicInteger undocumented5xx = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    faulty = new FaultyUpstream("faulty");
    brittle = new FaultyUpstream("brittle");
    server = GatehouseProcess.start("ProviderFaultsIT", dataDir, ENV);
    api = Api.withToken(server.baseUri(), TOKEN);
    api.putSecret("llm", "key", "sk-faults");
    create("faulty", faulty.chatConfig("llm/key"));
    create(
        "brittle",
        """
        {"served_entities":[{"external_model":{"name":"gpt-4o-mini","provider":"openai",
          "task":"llm/v1/chat","openai_config":{"openai_api_key":"{{secrets/llm/key}}",
          "openai_api_base":"%s"}}}]}"""
            .formatted(brittle.base()));
    health = new HealthWatch(server.baseUri());
  }

  private static void create(String name, String config) {
    api.post("/api/2.0/serving-endpoints", "{\"name\":\"" + name + "\",\"config\":" + config + "}")
        .ok();
    api.awaitNotUpdating(name);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (health != null) {
        health.close();
        System.out.printf(
            "ProviderFaultsIT: %d fault cases, %d calls, %d undocumented 5xx,"
                + " %d health polls, %d not UP%n",
            cases.get(),
            calls.get(),
            undocumented5xx.get(),
            health.polls(),
            health.failures().size());
        assertThat(health.failures()).as("/health/ready answers that were not 200 UP").isEmpty();
        assertThat(health.polls()).isPositive();
      }
      assertThat(undocumented5xx.get()).as("5xx that are not a documented upstream error").isZero();
    } finally {
      if (server != null) {
        server.stop();
      }
      faulty.close();
      brittle.close();
    }
  }

  /** Every case ends with the provider healthy again, and the next call served by it. */
  @AfterEach
  void providerRecovers() {
    faulty.fail(Fault.NONE);
    Timed answer = call("faulty", CHAT);
    assertThat(answer.response().ok().at("/choices/0/message/content").asString())
        .isEqualTo("hello from faulty");
    assertThat(answer.ms()).isLessThan(MARGIN_MS);
  }

  @Test
  void aProviderThatNeverAnswersIsATimeout() {
    int before = faulty.chatCalls();
    faulty.fail(Fault.HANG);

    Timed answer = fault("faulty", CHAT);

    answer.response().error(504, "UPSTREAM_TIMEOUT");
    assertThat(answer.ms()).isBetween(TIMEOUT_MS - 100, TIMEOUT_MS + MARGIN_MS);
    assertThat(faulty.chatCalls() - before).as("a timeout is not retried").isEqualTo(1);

    // A stream that never starts: the status is not sent yet, so the caller gets the error shape.
    Timed stream = fault("faulty", STREAM);

    stream.response().error(504, "UPSTREAM_TIMEOUT");
    assertThat(stream.ms()).isBetween(TIMEOUT_MS - 100, TIMEOUT_MS + MARGIN_MS);
  }

  @Test
  void aProviderThatStopsHalfWayThroughItsAnswerIsATimeout() {
    faulty.fail(Fault.HANG_AFTER_HEADERS);

    Timed answer = fault("faulty", CHAT);

    // The headers came in time; the silence after them is the stream idle timeout's to end.
    answer.response().error(504, "UPSTREAM_TIMEOUT");
    assertThat(answer.ms()).isBetween(STREAM_IDLE_MS - 100, STREAM_IDLE_MS + MARGIN_MS);
  }

  @Test
  void aResetConnectionIsRetriedThenAnUpstreamError() {
    int before = faulty.chatCalls();
    faulty.fail(Fault.RESET);

    Timed answer = fault("faulty", CHAT);

    String message = answer.response().error(502, "UPSTREAM_ERROR");
    assertThat(message).doesNotContain(faulty.base());
    assertThat(faulty.chatCalls() - before).as("first attempt and 2 retries").isEqualTo(3);
    assertThat(answer.ms()).isLessThan(MARGIN_MS);
  }

  @Test
  void serverErrorsAreAnUpstreamErrorWithoutTheProvidersBody() {
    int before = faulty.chatCalls();
    faulty.fail(Fault.SERVER_ERROR);

    for (int i = 0; i < 3; i++) {
      Timed answer = fault("faulty", CHAT);
      String message = answer.response().error(502, "UPSTREAM_ERROR");
      assertThat(message).contains("500").doesNotContain(faulty.base());
      assertThat(answer.ms()).isLessThan(MARGIN_MS);
    }
    assertThat(faulty.chatCalls() - before).as("500 is not retried").isEqualTo(3);
  }

  /**
   * A Retry-After within gatehouse.invocations.max-retry-after-ms (1.5 s here) is waited out before
   * each retry; a longer one goes straight to the caller. Either way the caller gets 429 with the
   * provider's Retry-After.
   */
  @Test
  void rateLimitsReachTheCallerWithTheProvidersRetryAfter() {
    for (int retryAfter : new int[] {1, 30}) {
      boolean waited = retryAfter == 1;
      int before = faulty.chatCalls();
      faulty.rateLimit(retryAfter);

      Timed answer = fault("faulty", CHAT);

      answer.response().error(429, "REQUEST_LIMIT_EXCEEDED");
      assertThat(answer.response().headers().firstValue("Retry-After"))
          .hasValue(Integer.toString(retryAfter));
      assertThat(faulty.chatCalls() - before).as("attempts").isEqualTo(waited ? 3 : 1);
      // Each of the 3 attempts waits out the provider's second before giving up.
      long least = waited ? 3_000 : 0;
      assertThat(answer.ms()).isBetween(least, least + MARGIN_MS);
    }
  }

  @Test
  void aStreamThatStallsEndsWithAnErrorEventAfterTheIdleTimeout() {
    faulty.fail(Fault.STALLED_STREAM);

    Timed answer = fault("faulty", STREAM);

    assertThat(answer.response().status()).isEqualTo(200);
    String body = answer.response().body();
    assertThat(body).contains("partial from faulty");
    assertThat(body.strip())
        .endsWith("\"code\":\"UPSTREAM_ERROR\"}}")
        .doesNotContain("[DONE]")
        .doesNotContain(faulty.base());
    assertThat(answer.ms()).isBetween(STREAM_IDLE_MS - 100, STREAM_IDLE_MS + MARGIN_MS);

    faulty.fail(Fault.NONE);
    assertThat(call("faulty", STREAM).response().body())
        .contains("hello from faulty")
        .endsWith("data: [DONE]\n\n");
  }

  @Test
  void theBreakerOpensOnRepeatedFailuresAndClosesOnceTheProviderIsBack() {
    brittle.fail(Fault.SERVER_ERROR);
    for (int i = 0; i < 4; i++) {
      fault("brittle", CHAT).response().error(502, "UPSTREAM_ERROR");
    }
    int seen = brittle.chatCalls();

    Timed open = fault("brittle", CHAT);

    open.response().error(503, "TEMPORARILY_UNAVAILABLE");
    assertThat(open.response().headers().firstValue("Retry-After")).hasValue("3");
    assertThat(open.ms()).isLessThan(MARGIN_MS);
    assertThat(brittle.chatCalls()).as("an open breaker does not call").isEqualTo(seen);

    brittle.fail(Fault.NONE);
    long healed = System.nanoTime();
    await("calls to the healed provider succeed")
        .atMost(Duration.ofMillis(BREAKER_DELAY_MS + MARGIN_MS))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> call("brittle", CHAT).response().status() == 200);
    long tookMs = (System.nanoTime() - healed) / 1_000_000;
    System.out.printf("ProviderFaultsIT: breaker closed %d ms after the provider healed%n", tookMs);
    assertThat(call("brittle", CHAT).response().ok().at("/choices/0/message/content").asString())
        .isEqualTo("hello from brittle");
  }

  private static Timed fault(String endpoint, String body) {
    cases.incrementAndGet();
    return call(endpoint, body);
  }

  private static Timed call(String endpoint, String body) {
    long start = System.nanoTime();
    Api.Response response = api.post("/serving-endpoints/" + endpoint + "/invocations", body);
    long ms = (System.nanoTime() - start) / 1_000_000;
    calls.incrementAndGet();
    if (response.status() >= 500) {
      String code = response.json() == null ? "" : response.json().path("error_code").asString("");
      if (!UPSTREAM_5XX.contains(response.status() + " " + code)) {
        undocumented5xx.incrementAndGet();
      }
    }
    return new Timed(response, ms);
  }

  private record Timed(Api.Response response, long ms) {}
}
