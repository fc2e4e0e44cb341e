package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.FakeUpstream.Reply;
import dev.gatehouse.providers.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invocations on a real Payara Micro, so the fault-tolerance interceptors apply, against a fake
 * provider in this JVM on 127.0.0.1 that counts calls. arquillian.xml tunes the policies for speed:
 * Read timeout 3 s, retry delay 50 ms, a breaker that opens after 4 failures in a row, and a
 * bulkhead of 2 for Cohere.
 */
@ExtendWith(ArquillianExtension.class)
class InvocationsIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"Say hi\"}]}";

  @RegisterExtension static final FakeUpstream upstream = FakeUpstream.perClass();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return GatehouseWar.withClasses();
  }

  @ArquillianResource URL base;
  Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void client() {
    api = Api.at(base);
    api.putSecret("llm", "key", "sk-it");
  }

  private String createEndpoint(String name, String task, String provider, String block) {
    String config =
        """
        {"served_entities":[{"name":"%s-entity","external_model":{"name":"%s","provider":"%s",
          "task":"%s",%s}}]}"""
            // catalog providers need a catalog model; custom and databricks ones need not.
            .formatted(
                name,
                switch (provider) {
                  case "openai" -> "gpt-4o-mini";
                  case "cohere" -> "command-r-08-2024";
                  default -> "model-x";
                },
                provider,
                task,
                block);
    Api.Reply created =
        api.createEndpoint(name, "{\"name\":\"" + name + "\",\"config\":" + config + "}");
    return created.body().path("id").asString();
  }

  private String custom(String name, String task, String scenario) {
    return createEndpoint(
        name,
        task,
        "custom",
        "\"custom_provider_config\":{\"custom_provider_url\":\""
            + upstream.base(scenario)
            + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/llm/key}}\"}}");
  }

  private HttpResponse<String> post(String path, String body, String token) throws Exception {
    return http.send(request(path, body, token), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String body, String token) {
    return HttpRequest.newBuilder(URI.create(base.toString()).resolve("/" + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, body, Api.TOKEN);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static Reply ok(String provider, String fixture) {
    return Reply.json(200, Fixtures.text(provider, fixture));
  }

  @Test
  void chatAnswersInOpenAiShapeOnBothRoutes() throws Exception {
    custom("it-chat", "llm/v1/chat", "chat");
    upstream.script("chat", ok("openai", "chat.response.json"));

    HttpResponse<String> invocations =
        post(
            "serving-endpoints/it-chat/invocations",
            CHAT.replace("{", "{\"client_request_id\":\"r1\","));
    HttpResponse<String> openAi =
        post("serving-endpoints/chat/completions", "{\"model\":\"it-chat\"," + CHAT.substring(1));

    assertThat(invocations.statusCode()).as(invocations.body()).isEqualTo(200);
    assertThat(invocations.headers().firstValue("served-model-name")).hasValue("it-chat-entity");
    assertThat(json(invocations).path("usage").path("total_tokens").asLong()).isEqualTo(22);
    assertThat(json(invocations).path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("Hi!");
    assertThat(openAi.statusCode()).as(openAi.body()).isEqualTo(200);
    FakeUpstream.Received sent = upstream.received("chat").get(0);
    assertThat(sent.path()).isEqualTo("/chat/v1/chat/completions");
    assertThat(sent.header("Authorization")).isEqualTo("Bearer sk-it");
    JsonNode body = JSON.readTree(sent.body());
    assertThat(body.path("model").asString()).isEqualTo("model-x");
    assertThat(body.has("client_request_id")).isFalse();
  }

  @Test
  void embeddingsAndTheRulesOfWhoMayAskWhat() throws Exception {
    String id = custom("it-embed", "llm/v1/embeddings", "embed");
    upstream.script("embed", ok("openai", "embeddings.response.json"));

    HttpResponse<String> embedded =
        post("serving-endpoints/embeddings", "{\"model\":\"it-embed\",\"input\":[\"a\",\"b\"]}");
    HttpResponse<String> wrongTask = post("serving-endpoints/it-embed/invocations", CHAT);
    HttpResponse<String> unknown = post("serving-endpoints/nope/invocations", CHAT);
    Api user = api.newPrincipal("USER", "invoker@example.com");
    String token = user.token();
    HttpResponse<String> refused =
        post("serving-endpoints/it-embed/invocations", "{\"input\":\"x\"}", token);
    api.patch(
        "api/2.0/permissions/serving-endpoints/" + id,
        "{\"access_control_list\":[{\"user_name\":\"invoker@example.com\",\"permission_level\":\"CAN_QUERY\"}]}");
    HttpResponse<String> granted =
        post("serving-endpoints/it-embed/invocations", "{\"input\":\"x\"}", token);
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base.toString()).resolve("/serving-endpoints/it-embed/invocations"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"x\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(embedded.statusCode()).as(embedded.body()).isEqualTo(200);
    assertThat(json(embedded).path("usage").path("prompt_tokens").asLong()).isEqualTo(8);
    assertThat(json(embedded).path("data")).hasSize(2);
    assertThat(wrongTask.statusCode()).isEqualTo(400);
    assertThat(json(wrongTask).path("message").asString()).contains("llm/v1/embeddings");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).path("message").asString()).contains("CAN_QUERY");
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void streamingChatForwardsChunksThenUsageThenDone() throws Exception {
    custom("it-stream", "llm/v1/chat", "stream");
    upstream.script(
        "stream",
        new Reply(
            200,
            Map.of("Content-Type", "text/event-stream"),
            Fixtures.text("openai", "chat.stream.sse"),
            0));

    HttpResponse<String> streamed =
        post("serving-endpoints/it-stream/invocations", CHAT.replace("{", "{\"stream\":true,"));

    assertThat(streamed.statusCode()).isEqualTo(200);
    assertThat(streamed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    String[] events = streamed.body().split("\n\n");
    assertThat(events).hasSize(6);
    assertThat(events[4]).contains("\"usage\":{\"prompt_tokens\":19");
    assertThat(events[5]).isEqualTo("data: [DONE]");
    JsonNode sent = JSON.readTree(upstream.received("stream").get(0).body());
    assertThat(sent.path("stream_options").path("include_usage").asBoolean()).isTrue();
  }

  @Test
  void aResetConnectionMidStreamEndsWithAnErrorEvent() throws Exception {
    String url =
        FakeUpstream.resettingStream(
            Fixtures.text("openai", "chat.stream.sse").split("\n\n")[0] + "\n\n");
    createEndpoint(
        "it-reset",
        "llm/v1/chat",
        "custom",
        "\"custom_provider_config\":{\"custom_provider_url\":\""
            + url
            + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/llm/key}}\"}}");

    HttpResponse<String> streamed =
        post("serving-endpoints/it-reset/invocations", CHAT.replace("{", "{\"stream\":true,"));

    assertThat(streamed.statusCode()).isEqualTo(200);
    String[] events = streamed.body().split("\n\n");
    assertThat(events[events.length - 1]).startsWith("data: {\"error\":");
    assertThat(streamed.body()).doesNotContain("[DONE]");
  }

  @Test
  void eachChunkReachesTheCallerWhileTheProviderIsStillStreaming() throws Exception {
    String[] events = Fixtures.text("openai", "chat.stream.sse").split("\n\n");
    String rest = String.join("\n\n", Arrays.copyOfRange(events, 1, events.length)) + "\n\n";
    CountDownLatch release = new CountDownLatch(1);
    String url = FakeUpstream.heldStream(events[0] + "\n\n", rest, release);
    createEndpoint(
        "it-live",
        "llm/v1/chat",
        "custom",
        "\"custom_provider_config\":{\"custom_provider_url\":\""
            + url
            + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/llm/key}}\"}}");
    HttpRequest request =
        request(
            "serving-endpoints/it-live/invocations",
            CHAT.replace("{", "{\"stream\":true,"),
            Api.TOKEN);

    try {
      // The provider holds its stream after one event: the caller must have that event now, not
      // when the stream ends (a response buffer would hold it back).
      BufferedReader lines =
          CompletableFuture.supplyAsync(() -> firstEventOf(request)).get(20, TimeUnit.SECONDS);
      release.countDown();
      assertThat(lines.lines().collect(Collectors.joining("\n"))).contains("data: [DONE]");
    } finally {
      release.countDown();
    }
  }

  /** Sends a streaming request and reads up to its first event; the rest stays unread. */
  private BufferedReader firstEventOf(HttpRequest request) {
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).startsWith("data: {");
      return lines;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void unavailableThenOkIsRetriedOnceAndSucceeds() throws Exception {
    custom("it-retry", "llm/v1/chat", "retry");
    upstream.script(
        "retry",
        Reply.json(503, "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}"),
        ok("openai", "chat.response.json"));

    HttpResponse<String> answer = post("serving-endpoints/it-retry/invocations", CHAT);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(upstream.received("retry")).hasSize(2);
  }

  @Test
  void badRequestIsNotRetriedAndKeepsTheProvidersMessage() throws Exception {
    custom("it-bad", "llm/v1/chat", "bad");
    upstream.script("bad", Reply.json(400, Fixtures.text("openai", "bad-request.error.json")));

    HttpResponse<String> answer = post("serving-endpoints/it-bad/invocations", CHAT);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json(answer).path("error_code").asString()).isEqualTo("INVALID_PARAMETER_VALUE");
    assertThat(json(answer).path("message").asString())
        .contains("maximum context length is 128000");
    assertThat(upstream.received("bad")).hasSize(1);
  }

  @Test
  void aSuccessfulAnswerThatIsNotJsonIsAnUpstreamError() throws Exception {
    custom("it-garbled", "llm/v1/chat", "garbled");
    upstream.script("garbled", Reply.json(200, "<html>proxy error</html>"));

    HttpResponse<String> answer = post("serving-endpoints/it-garbled/invocations", CHAT);

    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(json(answer).path("error_code").asString()).isEqualTo("UPSTREAM_ERROR");
    assertThat(json(answer).path("message").asString())
        .startsWith("The provider's answer could not be used")
        .doesNotContain("html");
  }

  @Test
  void refusedCredentialsAreAnUpstreamAuthFailure() throws Exception {
    custom("it-auth", "llm/v1/chat", "auth");
    upstream.script("auth", Reply.json(401, Fixtures.text("openai", "auth.error.json")));

    HttpResponse<String> answer = post("serving-endpoints/it-auth/invocations", CHAT);

    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(json(answer).path("error_code").asString()).isEqualTo("UPSTREAM_AUTH_FAILED");
    assertThat(answer.body()).doesNotContain("sk-proj");
    assertThat(upstream.received("auth")).hasSize(1);
  }

  @Test
  void rateLimitRetryAfterIsHonouredWithinTheBound() throws Exception {
    custom("it-429", "llm/v1/chat", "limited");
    upstream.script(
        "limited",
        Reply.json(429, Fixtures.text("openai", "rate-limited.error.json"))
            .withHeader("retry-after", "1"),
        ok("openai", "chat.response.json"));

    long start = System.nanoTime();
    HttpResponse<String> answer = post("serving-endpoints/it-429/invocations", CHAT);
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(upstream.received("limited")).hasSize(2);
    assertThat(tookMs).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void rateLimitBeyondTheBoundGoesToTheCallerWithRetryAfter() throws Exception {
    custom("it-429-long", "llm/v1/chat", "limited-long");
    upstream.script(
        "limited-long",
        Reply.json(429, Fixtures.text("openai", "rate-limited.error.json"))
            .withHeader("retry-after", "60"));

    HttpResponse<String> answer = post("serving-endpoints/it-429-long/invocations", CHAT);

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(json(answer).path("error_code").asString()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(upstream.received("limited-long")).hasSize(1);
  }

  @Test
  void aSlowUpstreamHitsTheTimeout() throws Exception {
    createEndpoint(
        "it-slow",
        "llm/v1/chat",
        "openai",
        "\"openai_config\":{\"openai_api_key\":\"{{secrets/llm/key}}\",\"openai_api_base\":\""
            + upstream.base("slow")
            + "\"}");
    upstream.script("slow", ok("openai", "chat.response.json").delayed(6000));

    HttpResponse<String> answer = post("serving-endpoints/it-slow/invocations", CHAT);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(504);
    assertThat(json(answer).path("error_code").asString()).isEqualTo("UPSTREAM_TIMEOUT");
    assertThat(upstream.received("slow")).hasSize(1);
  }

  @Test
  void callsAFullBulkheadTurnsAwayDoNotOpenTheBreaker() throws Exception {
    createEndpoint(
        "it-crowd",
        "llm/v1/chat",
        "cohere",
        "\"cohere_config\":{\"cohere_api_key\":\"{{secrets/llm/key}}\",\"cohere_api_base\":\""
            + upstream.base("crowd")
            + "\"}");
    upstream.script("crowd", ok("cohere", "chat.response.json").delayed(1500));

    // Eight at once against a bulkhead of 2: six are turned away at once, more than the four
    // failures that open this breaker; the two admitted answer after 1.5 s.
    ExecutorService callers = Executors.newFixedThreadPool(8);
    List<CompletableFuture<HttpResponse<String>>> burst =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> postQuietly("serving-endpoints/it-crowd/invocations", CHAT), callers))
            .toList();
    List<Integer> statuses = burst.stream().map(f -> f.join().statusCode()).sorted().toList();
    callers.shutdown();

    assertThat(statuses).containsExactly(200, 200, 503, 503, 503, 503, 503, 503);
    HttpResponse<String> after = post("serving-endpoints/it-crowd/invocations", CHAT);
    assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
  }

  private HttpResponse<String> postQuietly(String path, String body) {
    try {
      return post(path, body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void repeatedFailuresOpenTheBreakerAndLaterCallsFailFast() throws Exception {
    createEndpoint(
        "it-breaker",
        "llm/v1/chat",
        "databricks-model-serving",
        "\"databricks_model_serving_config\":{\"databricks_api_token\":\"{{secrets/llm/key}}\","
            + "\"databricks_workspace_url\":\""
            + upstream.base("breaker")
            + "\"}");
    upstream.script(
        "breaker", Reply.json(500, "{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"boom\"}"));

    for (int i = 0; i < 4; i++) {
      HttpResponse<String> failed = post("serving-endpoints/it-breaker/invocations", CHAT);
      assertThat(failed.statusCode()).as(failed.body()).isEqualTo(502);
      assertThat(json(failed).path("error_code").asString()).isEqualTo("UPSTREAM_ERROR");
    }
    HttpResponse<String> fastFail = post("serving-endpoints/it-breaker/invocations", CHAT);

    assertThat(fastFail.statusCode()).as(fastFail.body()).isEqualTo(503);
    assertThat(json(fastFail).path("error_code").asString()).isEqualTo("TEMPORARILY_UNAVAILABLE");
    assertThat(fastFail.headers().firstValue("Retry-After")).isPresent();
    assertThat(upstream.received("breaker")).hasSize(4);
    assertThat(upstream.received("breaker").get(0).path())
        .isEqualTo("/breaker/v1/serving-endpoints/model-x/invocations");
  }
}
