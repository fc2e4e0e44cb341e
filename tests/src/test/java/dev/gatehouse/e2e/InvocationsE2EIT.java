package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged server as the data plane: two fake OpenAI-compatible providers, each a separate
 * local HTTP server, answered through the invocations route and the OpenAI-compatible routes, and a
 * config update under continuous traffic that switches providers without a failed request.
 */
class InvocationsE2EIT {
  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static Api api;
  static FakeOpenAiProvider alpha;
  static FakeOpenAiProvider beta;
  static FakeAnthropic claude;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    alpha = new FakeOpenAiProvider("alpha");
    beta = new FakeOpenAiProvider("beta");
    claude = new FakeAnthropic();
    server =
        GatehouseProcess.start(
            "InvocationsE2EIT",
            dataDir,
            Map.of("GATEHOUSE_PROVIDERS_ANTHROPIC_BASE_URL", claude.base()));
    api = Api.withToken(server.baseUri(), server.generatedAdminToken());
    api.putSecret("llm", "key", "sk-e2e");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    alpha.close();
    beta.close();
    claude.close();
  }

  /**
   * A fake Anthropic Messages API speaking its wire format: {@code x-api-key} auth, a message
   * answer, and the named SSE events of a stream (with a ping), ending at {@code message_stop}.
   */
  static final class FakeAnthropic implements AutoCloseable {
    final HttpServer http;
    final List<JsonNode> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> apiKeys = new java.util.concurrent.CopyOnWriteArrayList<>();

    FakeAnthropic() throws IOException {
      http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
      http.setExecutor(Executors.newCachedThreadPool());
      http.createContext("/v1/messages", this::handle);
      http.start();
    }

    String base() {
      return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
      apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key")));
      JsonNode request = Api.JSON.readTree(exchange.getRequestBody().readAllBytes());
      requests.add(request);
      String body;
      String type;
      if (request.path("stream").asBoolean(false)) {
        type = "text/event-stream";
        body =
            """
            event: message_start
            data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":12,"output_tokens":1}}}

            event: content_block_start
            data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

            event: ping
            data: {"type":"ping"}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hello from "}}

            event: content_block_delta
            data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"claude"}}

            event: content_block_stop
            data: {"type":"content_block_stop","index":0}

            event: message_delta
            data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":4}}

            event: message_stop
            data: {"type":"message_stop"}

            """;
      } else {
        type = "application/json";
        body =
            """
            {"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",
             "content":[{"type":"text","text":"hello from claude"}],"stop_reason":"end_turn",
             "stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":4}}""";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }

    @Override
    public void close() {
      http.stop(0);
    }
  }

  private static String openAiConfig(String task, String model, FakeOpenAiProvider provider) {
    return """
        {"served_entities":[{"name":"served","external_model":{"name":"%s","provider":"openai",
          "task":"%s","openai_config":{"openai_api_key":"{{secrets/llm/key}}",
          "openai_api_base":"%s"}}}]}"""
        .formatted(model, task, provider.base());
  }

  private static String customConfig(String task, FakeOpenAiProvider provider) {
    return """
        {"served_entities":[{"name":"served","external_model":{"name":"local-model","provider":"custom",
          "task":"%s","custom_provider_config":{"custom_provider_url":"%s",
          "bearer_token_auth":{"token":"{{secrets/llm/key}}"}}}}]}"""
        .formatted(task, provider.base());
  }

  private static void create(String name, String config) {
    api.post("/api/2.0/serving-endpoints", "{\"name\":\"" + name + "\",\"config\":" + config + "}")
        .ok();
    api.awaitNotUpdating(name);
  }

  private static HttpResponse<String> query(String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(server.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String token() {
    try {
      return server.generatedAdminToken();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.JSON.readTree(response.body());
  }

  @Test
  void chatStreamCompletionsAndEmbeddingsOnBothRoutes() {
    create("e2e-chat", openAiConfig("llm/v1/chat", "gpt-4o-mini", alpha));
    create("e2e-complete", customConfig("llm/v1/completions", alpha));
    create("e2e-embed", customConfig("llm/v1/embeddings", alpha));
    String messages = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";

    HttpResponse<String> chat =
        query("/serving-endpoints/e2e-chat/invocations", "{" + messages + "}");
    JsonNode openAiChat =
        json(
            query(
                "/serving-endpoints/chat/completions",
                "{\"model\":\"e2e-chat\"," + messages + "}"));
    HttpResponse<String> stream =
        query("/serving-endpoints/e2e-chat/invocations", "{\"stream\":true," + messages + "}");
    JsonNode completion =
        json(
            query(
                "/serving-endpoints/completions",
                "{\"model\":\"e2e-complete\",\"prompt\":\"Say\"}"));
    JsonNode completionViaInvocations =
        json(query("/serving-endpoints/e2e-complete/invocations", "{\"prompt\":\"Say\"}"));
    JsonNode embedding =
        json(
            query("/serving-endpoints/embeddings", "{\"model\":\"e2e-embed\",\"input\":\"text\"}"));
    JsonNode embeddingViaInvocations =
        json(query("/serving-endpoints/e2e-embed/invocations", "{\"input\":[\"text\"]}"));

    assertThat(json(chat).path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("hello from alpha");
    assertThat(chat.headers().firstValue("served-model-name")).hasValue("served");
    assertThat(openAiChat.path("usage").path("total_tokens").asLong()).isEqualTo(8);
    assertThat(alpha.lastAuth.get("/v1/chat/completions")).isEqualTo("Bearer sk-e2e");
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.body())
        .contains("\"content\":\"hello from \"")
        .contains("\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}")
        .endsWith("data: [DONE]\n\n");
    assertThat(completion.path("choices").get(0).path("text").asString()).isEqualTo(" from alpha");
    assertThat(completionViaInvocations.path("object").asString()).isEqualTo("text_completion");
    assertThat(embedding.path("data").get(0).path("embedding")).hasSize(2);
    assertThat(embeddingViaInvocations.path("usage").path("prompt_tokens").asLong()).isEqualTo(3);
  }

  @Test
  void anthropicChatAndStreamOnBothRoutes() {
    create(
        "e2e-claude",
        """
        {"served_entities":[{"external_model":{"name":"claude-sonnet-4-5","provider":"anthropic",
          "task":"llm/v1/chat","anthropic_config":{"anthropic_api_key":"{{secrets/llm/key}}"}}}]}""");
    String messages =
        "\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
            + "{\"role\":\"user\",\"content\":\"hi\"}]";

    JsonNode chat = json(query("/serving-endpoints/e2e-claude/invocations", "{" + messages + "}"));
    assertThat(chat.path("object").asString()).isEqualTo("chat.completion");
    assertThat(chat.at("/choices/0/message/content").asString()).isEqualTo("hello from claude");
    assertThat(chat.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(chat.at("/usage/prompt_tokens").asLong()).isEqualTo(12);
    assertThat(chat.at("/usage/completion_tokens").asLong()).isEqualTo(4);

    JsonNode sent = claude.requests.get(claude.requests.size() - 1);
    assertThat(sent.path("system").asString()).isEqualTo("be brief");
    assertThat(sent.path("model").asString()).isEqualTo("claude-sonnet-4-5");
    assertThat(sent.path("max_tokens").asInt()).isPositive();
    assertThat(claude.apiKeys).containsOnly("sk-e2e");

    HttpResponse<String> stream =
        query(
            "/serving-endpoints/chat/completions",
            "{\"model\":\"e2e-claude\",\"stream\":true," + messages + "}");
    assertThat(stream.statusCode()).as(stream.body()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    assertThat(stream.body())
        .contains("chat.completion.chunk")
        .contains("hello from ")
        .contains("claude")
        .contains("\"finish_reason\":\"stop\"")
        .contains("\"completion_tokens\":4")
        .endsWith("data: [DONE]\n\n")
        .doesNotContain("message_start")
        .doesNotContain("ping");
  }

  @Test
  void aConfigUpdateUnderTrafficSwitchesProvidersWithoutAFailedRequest() throws Exception {
    create("e2e-switch", openAiConfig("llm/v1/chat", "gpt-4o-mini", alpha));
    String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(
          callers.submit(
              () -> {
                List<String> seen = new ArrayList<>();
                while (running.get()) {
                  HttpResponse<String> answer =
                      query("/serving-endpoints/e2e-switch/invocations", body);
                  seen.add(
                      answer.statusCode() == 200
                          ? Api.JSON
                              .readTree(answer.body())
                              .path("choices")
                              .get(0)
                              .path("message")
                              .path("content")
                              .asString()
                          : "HTTP " + answer.statusCode() + " " + answer.body());
                }
                return seen;
              }));
    }
    Thread.sleep(500);
    api.put("/api/2.0/serving-endpoints/e2e-switch/config", customConfig("llm/v1/chat", beta)).ok();
    api.awaitNotUpdating("e2e-switch");
    Thread.sleep(500);
    running.set(false);
    List<String> answers = new ArrayList<>();
    for (Future<List<String>> result : results) {
      answers.addAll(result.get());
    }
    callers.shutdown();

    assertThat(answers).isNotEmpty().allMatch(a -> a.startsWith("hello from "));
    assertThat(answers).contains("hello from alpha", "hello from beta");
    assertThat(answers.get(answers.size() - 1)).isEqualTo("hello from beta");
    HttpResponse<String> after = query("/serving-endpoints/e2e-switch/invocations", body);
    assertThat(json(after).path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("hello from beta");
  }
}
