package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.it.FakeUpstream.Reply;
import dev.gatehouse.providers.Fixtures;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Endpoint metrics over real HTTP on Payara Micro: calls that succeed, fail upstream and hit a rate
 * limit show up with the right counts and labels on the endpoint's metrics route and on {@code
 * /metrics}; the route needs CAN_VIEW; a deleted endpoint's series go.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {
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

  @Test
  void successesUpstreamFailuresAndRateLimitedCallsAreCountedWithTheirLabels() throws Exception {
    String endpoint = endpoint("mx-calls");
    Api.Reply limits =
        api.put(
            "api/2.0/serving-endpoints/" + endpoint + "/ai-gateway",
            "{\"rate_limits\":[{\"calls\":3,\"key\":\"user\",\"renewal_period\":\"minute\"}]}");
    assertThat(limits.status()).as(limits.body().toString()).isEqualTo(200);
    awaitEarlyInAMinute();

    assertThat(invoke(endpoint).statusCode()).isEqualTo(200);
    assertThat(invoke(endpoint).statusCode()).isEqualTo(200);
    upstream.script(endpoint, Reply.json(401, Fixtures.text("openai", "auth.error.json")));
    assertThat(invoke(endpoint).statusCode()).isEqualTo(502);
    assertThat(invoke(endpoint).statusCode()).isEqualTo(429);
    assertThat(invoke(endpoint).statusCode()).isEqualTo(429);

    HttpResponse<String> scraped = get("api/2.0/serving-endpoints/" + endpoint + "/metrics");
    assertThat(scraped.statusCode()).as(scraped.body()).isEqualTo(200);
    assertThat(scraped.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain")
        .contains("version=0.0.4");
    String text = scraped.body();
    System.out.println("metrics of " + endpoint + ":\n" + text);
    String labels = "endpoint=\"" + endpoint + "\"";
    assertThat(value(text, "gatehouse_endpoint_calls_total", labels, "status=\"200\""))
        .contains(2.0);
    assertThat(
            value(
                text,
                "gatehouse_endpoint_calls_total",
                labels,
                "status=\"502\"",
                "error_code=\"UPSTREAM_AUTH_FAILED\""))
        .contains(1.0);
    assertThat(
            value(
                text,
                "gatehouse_endpoint_calls_total",
                labels,
                "status=\"429\"",
                "error_code=\"REQUEST_LIMIT_EXCEEDED\""))
        .contains(2.0);
    assertThat(
            value(
                text,
                "gatehouse_endpoint_rate_limited_total",
                labels,
                "source=\"ai_gateway\"",
                "key=\"user\"",
                "dimension=\"calls\""))
        .contains(2.0);
    assertThat(
            value(
                text,
                "gatehouse_endpoint_upstream_errors_total",
                labels,
                "error_code=\"UPSTREAM_AUTH_FAILED\""))
        .contains(1.0);
    assertThat(value(text, "gatehouse_endpoint_latency_seconds_count", labels)).contains(5.0);
    assertThat(value(text, "gatehouse_endpoint_latency_seconds_bucket", labels, "le=\"+Inf\""))
        .contains(5.0);
    assertThat(value(text, "gatehouse_endpoint_tokens_total", labels, "kind=\"prompt\""))
        .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());

    // The provider's breaker, read from Fault Tolerance's series: closed all along.
    assertThat(
            value(
                text,
                "gatehouse_endpoint_circuit_breaker_state_seconds_total",
                labels,
                "provider=\"custom\"",
                "state=\"closed\""))
        .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
    assertThat(
            value(
                text,
                "gatehouse_endpoint_circuit_breaker_state_seconds_total",
                labels,
                "state=\"open\""))
        .contains(0.0);
    assertThat(value(text, "gatehouse_endpoint_circuit_breaker_opened_total", labels))
        .contains(0.0);

    String everything = get("metrics").body();
    assertThat(value(everything, "gatehouse_endpoint_calls_total", labels, "status=\"200\""))
        .contains(2.0);
    assertThat(
            value(
                everything,
                "gatehouse_endpoint_rate_limited_total",
                labels,
                "key=\"user\"",
                "dimension=\"calls\""))
        .contains(2.0);
    assertThat(value(everything, "gatehouse_endpoint_latency_seconds_count", labels)).contains(5.0);
    everything
        .lines()
        .filter(
            l -> l.contains(labels) || l.startsWith("ft_circuitbreaker") && l.contains("Custom"))
        .forEach(l -> System.out.println("on /metrics: " + l));
  }

  @Test
  void theRouteNeedsCanViewAndAnExistingEndpoint() throws Exception {
    String endpoint = endpoint("mx-access");
    Api viewer = api.newPrincipal("USER", "mx-viewer@example.com");
    Api stranger = api.newPrincipal("USER", "mx-stranger@example.com");
    String id = api.get("api/2.0/serving-endpoints/" + endpoint).body().path("id").asString();
    api.patch(
        "api/2.0/permissions/serving-endpoints/" + id,
        "{\"access_control_list\":[{\"user_name\":\"mx-viewer@example.com\","
            + "\"permission_level\":\"CAN_VIEW\"}]}");
    assertThat(invoke(endpoint).statusCode()).isEqualTo(200);
    upstream.script(
        endpoint,
        new Reply(
            200,
            Map.of("Content-Type", "text/event-stream"),
            Fixtures.text("openai", "chat.stream.sse"),
            0));
    assertThat(invoke(endpoint, CHAT.replace("{", "{\"stream\":true,")).statusCode())
        .isEqualTo(200);
    String route = "api/2.0/serving-endpoints/" + endpoint + "/metrics";

    HttpResponse<String> seen = get(route, viewer.token());
    assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
    assertThat(value(seen.body(), "gatehouse_endpoint_calls_total", "status=\"200\""))
        .contains(2.0);
    assertThat(value(seen.body(), "gatehouse_endpoint_time_to_first_token_seconds_count"))
        .contains(1.0);

    Api.Reply refused = stranger.get(route);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(refused.message())
        .isEqualTo(
            "'mx-stranger@example.com' needs CAN_VIEW on serving endpoint '" + endpoint + "'.");

    Api.Reply unknown = api.get("api/2.0/serving-endpoints/mx-nowhere/metrics");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    assertThat(unknown.message()).contains("mx-nowhere");
  }

  @Test
  void aDeletedEndpointsSeriesLeaveMetrics() throws Exception {
    String endpoint = endpoint("mx-deleted");
    assertThat(invoke(endpoint).statusCode()).isEqualTo(200);
    String labels = "endpoint=\"" + endpoint + "\"";
    assertThat(value(get("metrics").body(), "gatehouse_endpoint_calls_total", labels)).isPresent();

    assertThat(api.delete("api/2.0/serving-endpoints/" + endpoint).status()).isEqualTo(200);

    // Dropped off the request path, right after the deletion committed.
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> get("metrics").body().lines().noneMatch(l -> l.contains(labels)));
    assertThat(api.get("api/2.0/serving-endpoints/" + endpoint + "/metrics").status())
        .isEqualTo(404);
  }

  /**
   * The value of the first sample of {@code family} (a name, not a prefix) carrying every one of
   * {@code labels}, whatever the order of labels and however the value is written.
   */
  private static Optional<Double> value(String text, String family, String... labels) {
    return text.lines()
        .filter(l -> l.startsWith(family + "{"))
        .filter(l -> Arrays.stream(labels).allMatch(l::contains))
        .findFirst()
        .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(path, Api.TOKEN);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> invoke(String endpoint) throws Exception {
    return invoke(endpoint, CHAT);
  }

  private HttpResponse<String> invoke(String endpoint, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(base.toString())
                    .resolve("/serving-endpoints/" + endpoint + "/invocations"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + Api.TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String endpoint(String name) {
    String config =
        """
        {"served_entities":[{"name":"%s-entity","external_model":{"name":"model-x","provider":"custom",
          "task":"llm/v1/chat","custom_provider_config":{"custom_provider_url":"%s",
          "bearer_token_auth":{"token":"{{secrets/llm/key}}"}}}}]}"""
            .formatted(name, upstream.base(name));
    Api.Reply created =
        api.createEndpoint(name, "{\"name\":\"" + name + "\",\"config\":" + config + "}");
    upstream.script(name, Reply.json(200, Fixtures.text("openai", "chat.response.json")));
    return name;
  }

  /** Limits refill at each UTC minute: the calls of one test must fall into one. */
  private static void awaitEarlyInAMinute() throws InterruptedException {
    int second = Instant.now().atZone(ZoneOffset.UTC).getSecond();
    if (second > 45) {
      Thread.sleep((61 - second) * 1000L);
    }
  }
}
