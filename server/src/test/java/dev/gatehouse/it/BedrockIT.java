package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.providers.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon Bedrock on a real Payara Micro, against a fake Bedrock Runtime on 127.0.0.1:{@value #PORT}
 * (arquillian.xml points {@code gatehouse.providers.amazon-bedrock.endpoint-url} there, as the URL
 * is read at boot): the SigV4 headers survive the JDK client, and the binary event stream leaves as
 * OpenAI SSE.
 */
@ExtendWith(ArquillianExtension.class)
class BedrockIT {
  static final int PORT = 39217;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
  private static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";

  private record Received(String rawPath, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {}

  private static HttpServer fake;
  private static final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private static final List<Received> received = new CopyOnWriteArrayList<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return GatehouseWar.withClasses();
  }

  @ArquillianResource URL base;
  Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startFake() throws IOException {
    try {
      fake = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 20);
    } catch (BindException e) {
      Assumptions.abort("Port " + PORT + " for the fake Bedrock is taken by another process");
    }
    fake.createContext("/", BedrockIT::handle);
    fake.start();
  }

  @AfterAll
  static void stopFake() {
    if (fake != null) {
      fake.stop(0);
    }
  }

  private static void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
    String action = path.substring(path.lastIndexOf('/') + 1);
    Reply reply =
        replies.getOrDefault(action, new Reply(404, "application/json", new byte[0], Map.of()));
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(
          reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      out.write(reply.body());
    }
  }

  @BeforeEach
  void client() {
    api = Api.at(base);
    api.putSecret("aws", "id", "AKIDBEDROCKIT");
    api.putSecret("aws", "secret", "it-secret-key");
    received.clear();
  }

  private void createEndpoint(String name) {
    String config =
        """
        {"served_entities":[{"name":"%s-entity","external_model":{"name":"%s",
          "provider":"amazon-bedrock","task":"llm/v1/chat","amazon_bedrock_config":{
            "aws_region":"us-east-1","bedrock_provider":"anthropic",
            "aws_access_key_id":"{{secrets/aws/id}}",
            "aws_secret_access_key":"{{secrets/aws/secret}}"}}}]}"""
            .formatted(name, MODEL);
    Api.Reply created =
        api.createEndpoint(name, "{\"name\":\"" + name + "\",\"config\":" + config + "}");
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + Api.TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void chatIsSignedAndAnsweredInOpenAiShape() throws Exception {
    createEndpoint("it-bedrock-chat");
    replies.put(
        "converse",
        new Reply(
            200,
            "application/json",
            Fixtures.bytes("amazon-bedrock", "chat.converse-response.json"),
            Map.of("x-amzn-RequestId", "req-it-1")));

    HttpResponse<String> answer = post("serving-endpoints/it-bedrock-chat/invocations", CHAT);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("id").asString()).isEqualTo("req-it-1");
    assertThat(body.path("usage").path("prompt_tokens").asLong()).isEqualTo(22);
    Received sent = received.get(0);
    assertThat(sent.rawPath())
        .isEqualTo("/us-east-1/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse");
    assertThat(sent.header("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDBEDROCKIT/")
        .contains("/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;")
        .doesNotContain("it-secret-key");
    assertThat(sent.header("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
    assertThat(JSON.readTree(sent.body()).path("messages").get(0).path("content").get(0))
        .isEqualTo(JSON.readTree("{\"text\":\"Hi\"}"));
  }

  @Test
  void theBinaryEventStreamLeavesAsOpenAiSse() throws Exception {
    createEndpoint("it-bedrock-stream");
    replies.put(
        "converse-stream",
        new Reply(
            200,
            "application/vnd.amazon.eventstream",
            Fixtures.bytes("amazon-bedrock", "chat.stream.eventstream"),
            Map.of()));

    HttpResponse<String> streamed =
        post(
            "serving-endpoints/it-bedrock-stream/invocations",
            CHAT.replace("{", "{\"stream\":true,"));

    assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(200);
    assertThat(streamed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    String[] events = streamed.body().split("\n\n");
    assertThat(events).hasSize(6);
    assertThat(events[1]).contains("\"content\":\"Hello\"");
    assertThat(events[4]).contains("\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3");
    assertThat(events[5]).isEqualTo("data: [DONE]");
    assertThat(received.get(0).rawPath()).endsWith("%3A0/converse-stream");
  }

  @Test
  void refusedKeysAreAnUpstreamAuthFailure() throws Exception {
    createEndpoint("it-bedrock-auth");
    replies.put(
        "converse",
        new Reply(
            403,
            "application/json",
            Fixtures.bytes("amazon-bedrock", "unrecognized-client.403.json"),
            Map.of("x-amzn-ErrorType", "UnrecognizedClientException")));

    HttpResponse<String> answer = post("serving-endpoints/it-bedrock-auth/invocations", CHAT);

    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(JSON.readTree(answer.body()).path("error_code").asString())
        .isEqualTo("UPSTREAM_AUTH_FAILED");
    assertThat(received).hasSize(1);
  }
}
