package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.FakeUpstream.Reply;
import dev.gatehouse.providers.Fixtures;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Rate limits over real HTTP on Payara Micro: a burst admits exactly the limit and the rest get 429
 * with {@code Retry-After}, a limit of 0 is 403, a change applies to the next call, a group limit
 * is shared, and admission reads no database. Windows are real minutes here, so a burst starts
 * early in a minute (the window tests on a clock seam are in {@code ratelimit.domain}).
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitsIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"Say hi\"}]}";

  @RegisterExtension static final FakeUpstream upstream = FakeUpstream.perClass();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return GatehouseWar.withClasses(StatementCountResource.class);
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
  void aPerUserLimitAdmitsExactlyItsCallsOfABurstAndTellsTheRestWhenToRetry() throws Exception {
    String endpoint = endpoint("rl-user");
    setLimits(endpoint, "{\"calls\":5,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    String other = principal("USER", "rl-other@example.com", endpoint).token();
    awaitEarlyInAMinute();

    List<HttpResponse<String>> burst = burst(endpoint, 40, i -> Api.TOKEN);
    List<HttpResponse<String>> otherBurst = burst(endpoint, 10, i -> other);

    Map<Integer, Long> statuses = statuses(burst);
    System.out.println("per-user limit 5, burst of 40: " + statuses);
    assertThat(statuses).containsEntry(200, 5L).containsEntry(429, 35L).hasSize(2);
    assertThat(statuses(otherBurst)).containsEntry(200, 5L).containsEntry(429, 5L);
    assertThat(upstream.received(endpoint)).hasSize(10);
    HttpResponse<String> refused =
        burst.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 60L);
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.path("error_code").asString()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    assertThat(error.path("message").asString())
        .startsWith("User defined rate limit exceeded on serving endpoint '" + endpoint + "'")
        .contains("5 calls per minute (key 'user', the per-user default) is used up")
        .contains("Retry after " + retryAfter + " s.");
  }

  @Test
  void aLimitOfZeroDisablesTheEndpointWith403() throws Exception {
    String endpoint = endpoint("rl-zero");
    setLimits(endpoint, "{\"calls\":0,\"renewal_period\":\"minute\"}");

    HttpResponse<String> refused = call(endpoint, Api.TOKEN);

    assertThat(refused.statusCode()).isEqualTo(403);
    JsonNode error = JSON.readTree(refused.body());
    assertThat(error.path("error_code").asString()).isEqualTo("PERMISSION_DENIED");
    assertThat(error.path("message").asString())
        .contains(
            "disabled for this caller by a rate limit of 0 (0 calls per minute; key 'endpoint')");
    assertThat(upstream.received(endpoint)).isEmpty();
  }

  @Test
  void aChangedLimitTakesEffectOnTheNextCall() throws Exception {
    String endpoint = endpoint("rl-change");
    awaitEarlyInAMinute();
    setLimits(endpoint, "{\"calls\":1,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    assertThat(call(endpoint, Api.TOKEN).statusCode()).isEqualTo(200);
    assertThat(call(endpoint, Api.TOKEN).statusCode()).isEqualTo(429);

    setLimits(endpoint, "{\"calls\":2,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    assertThat(call(endpoint, Api.TOKEN).statusCode()).isEqualTo(200);

    setLimits(endpoint, "{\"calls\":0,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    assertThat(call(endpoint, Api.TOKEN).statusCode()).isEqualTo(403);

    assertThat(api.put("api/2.0/serving-endpoints/" + endpoint + "/ai-gateway", "{}").status())
        .isEqualTo(200);
    assertThat(statuses(burst(endpoint, 10, i -> Api.TOKEN))).containsOnlyKeys(200);
  }

  @Test
  void legacyRateLimitsAreEnforcedToo() throws Exception {
    String endpoint = endpoint("rl-legacy");
    Api.Reply put =
        api.put(
            "api/2.0/serving-endpoints/" + endpoint + "/rate-limits",
            "{\"rate_limits\":[{\"calls\":3,\"key\":\"user\",\"renewal_period\":\"minute\"}]}");
    assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
    awaitEarlyInAMinute();

    List<HttpResponse<String>> burst = burst(endpoint, 10, i -> Api.TOKEN);

    assertThat(statuses(burst)).containsEntry(200, 3L).containsEntry(429, 7L);
    assertThat(
            JSON.readTree(
                    burst.stream()
                        .filter(r -> r.statusCode() == 429)
                        .findFirst()
                        .orElseThrow()
                        .body())
                .path("message")
                .asString())
        .contains("3 calls per minute (legacy rate_limits, key 'user', the per-user default)");
  }

  @Test
  void aGroupLimitIsSharedByItsMembers() throws Exception {
    String endpoint = endpoint("rl-group");
    Principal dan = principal("USER", "rl-dan@example.com", endpoint);
    Principal erin = principal("USER", "rl-erin@example.com", endpoint);
    Api.Reply group =
        api.post(
            "api/2.0/preview/scim/v2/Groups",
            "{\"displayName\":\"rl-team\",\"members\":[{\"value\":\""
                + dan.id()
                + "\"},{\"value\":\""
                + erin.id()
                + "\"}]}");
    assertThat(group.status()).as(group.body().toString()).isEqualTo(201);
    setLimits(
        endpoint,
        "{\"calls\":6,\"key\":\"user_group\",\"principal\":\"rl-team\",\"renewal_period\":\"minute\"}",
        "{\"calls\":100,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    awaitEarlyInAMinute();

    List<HttpResponse<String>> burst =
        burst(endpoint, 20, i -> i % 2 == 0 ? dan.token() : erin.token());

    System.out.println("group limit 6 shared by two members, burst of 20: " + statuses(burst));
    assertThat(statuses(burst)).containsEntry(200, 6L).containsEntry(429, 14L);
    assertThat(
            JSON.readTree(
                    burst.stream()
                        .filter(r -> r.statusCode() == 429)
                        .findFirst()
                        .orElseThrow()
                        .body())
                .path("message")
                .asString())
        .contains("6 calls per minute (key 'user_group', principal 'rl-team')");
    // The per-user default does not apply to group members; it does to everyone else.
    assertThat(statuses(burst(endpoint, 3, i -> Api.TOKEN))).containsEntry(200, 3L);
  }

  @Test
  void aStreamsTokensAreChargedWhenItEnds() throws Exception {
    String endpoint = endpoint("rl-stream");
    upstream.script(
        endpoint,
        new Reply(
            200,
            Map.of("Content-Type", "text/event-stream"),
            Fixtures.text("openai", "chat.stream.sse"),
            0));
    setLimits(endpoint, "{\"tokens\":30,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    awaitEarlyInAMinute();
    String stream = CHAT.replace("{", "{\"stream\":true,");

    // 21 tokens each, charged when the stream ends: the second still finds 9 left.
    assertThat(send(endpoint, stream).statusCode()).isEqualTo(200);
    assertThat(send(endpoint, stream).statusCode()).isEqualTo(200);
    HttpResponse<String> third = send(endpoint, stream);

    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(third.body()).path("message").asString())
        .contains("30 tokens per minute (key 'user', the per-user default) is used up");
  }

  @Test
  void callsMakeNoDatabaseRoundTrip() throws Exception {
    String free = endpoint("rl-free");
    String limited = endpoint("rl-limited");
    setLimits(
        limited,
        "{\"calls\":1000,\"tokens\":100000,\"renewal_period\":\"minute\"}",
        "{\"calls\":500,\"key\":\"user\",\"renewal_period\":\"minute\"}");
    assertThat(api.text("POST", "it/statements/start")).isEqualTo("on");
    burst(free, 5, i -> Api.TOKEN);
    burst(limited, 5, i -> Api.TOKEN); // warm both paths

    // Background work (usage batches, token last-used writes) can add statements to a round; it
    // only adds, so the fewest of five rounds is what the calls themselves cost: nothing, since
    // the token, the endpoint and the limits are all in memory.
    long unlimited = Long.MAX_VALUE;
    long withLimits = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      unlimited = Math.min(unlimited, statementsFor(free));
      withLimits = Math.min(withLimits, statementsFor(limited));
    }

    System.out.printf(
        "SQL statements for 30 calls (fewest of 5 rounds): %d without limits, %d with limits%n",
        unlimited, withLimits);
    assertThat(unlimited).isZero();
    assertThat(withLimits).isZero();
  }

  private long statementsFor(String endpoint) {
    long before = statements();
    assertThat(statuses(burst(endpoint, 30, i -> Api.TOKEN))).containsOnlyKeys(200);
    return statements() - before;
  }

  private long statements() {
    return Long.parseLong(api.text("GET", "it/statements").trim());
  }

  private record Principal(String id, String token) {}

  /** A user with CAN_QUERY on the endpoint, and a token for it. */
  private Principal principal(String kind, String name, String endpoint) {
    Api.Reply created =
        api.post("api/2.0/preview/scim/v2/Users", "{\"userName\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    Api.Reply token =
        api.post(
            "api/2.0/token-management/on-behalf-of/tokens", "{\"user_name\":\"" + name + "\"}");
    String id = api.get("api/2.0/serving-endpoints/" + endpoint).body().path("id").asString();
    api.patch(
        "api/2.0/permissions/serving-endpoints/" + id,
        "{\"access_control_list\":[{\"user_name\":\""
            + name
            + "\",\"permission_level\":\"CAN_QUERY\"}]}");
    return new Principal(
        created.body().path("id").asString(), token.body().path("token_value").asString());
  }

  /** "100 calls per user per minute" and friends: one PUT of the gateway config. */
  private void setLimits(String endpoint, String... limits) {
    Api.Reply put =
        api.put(
            "api/2.0/serving-endpoints/" + endpoint + "/ai-gateway",
            "{\"rate_limits\":[" + String.join(",", limits) + "]}");
    assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
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

  private HttpResponse<String> call(String endpoint, String token) throws Exception {
    return http.send(request(endpoint, token), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String endpoint, String body) throws Exception {
    return http.send(request(endpoint, Api.TOKEN, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String endpoint, String token) {
    return request(endpoint, token, CHAT);
  }

  private HttpRequest request(String endpoint, String token, String body) {
    return HttpRequest.newBuilder(
            URI.create(base.toString()).resolve("/serving-endpoints/" + endpoint + "/invocations"))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** {@code count} calls sent at once. */
  private List<HttpResponse<String>> burst(
      String endpoint, int count, Function<Integer, String> token) {
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(
          http.sendAsync(request(endpoint, token.apply(i)), HttpResponse.BodyHandlers.ofString()));
    }
    return sent.stream().map(CompletableFuture::join).toList();
  }

  private static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
    return responses.stream()
        .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
  }

  /** Windows are UTC minutes: a burst that straddled two would rightly see two budgets. */
  private static void awaitEarlyInAMinute() throws InterruptedException {
    int second = Instant.now().atZone(java.time.ZoneOffset.UTC).getSecond();
    if (second > 40) {
      Thread.sleep((61 - second) * 1000L);
    }
  }
}
