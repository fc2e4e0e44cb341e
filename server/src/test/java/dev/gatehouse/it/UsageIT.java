package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.it.FakeUpstream.Reply;
import dev.gatehouse.providers.Fixtures;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Usage tracking end to end on a real Payara Micro: calls of several principals against a fake
 * OpenAI upstream, in a burst, with a stream and a failure among them; then the stored records
 * (read by a test-only resource) and the usage API's totals are compared with what was sent. The
 * writer runs every second by default, so the test waits a few seconds at most, polling.
 */
@ExtendWith(ArquillianExtension.class)
class UsageIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"Say hi\"}]}";

  @RegisterExtension static final FakeUpstream upstream = FakeUpstream.perClass();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return GatehouseWar.withClasses(UsageProbeResource.class);
  }

  @ArquillianResource URL base;

  private Api admin() {
    return Api.at(base);
  }

  private String createEndpoint(Api api, String name, String model, String providerBlock) {
    Api.Reply created =
        api.createEndpoint(
            name,
            """
            {"name":"%s","config":{"served_entities":[{"name":"%s-entity","external_model":{
              "name":"%s","provider":"%s","task":"llm/v1/chat",%s}}]}}"""
                .formatted(
                    name,
                    name,
                    model,
                    providerBlock.startsWith("\"openai") ? "openai" : "custom",
                    providerBlock));
    return created.body().path("id").asString();
  }

  private static String invoke(String context, String requestId, boolean stream) {
    return CHAT.replace(
        "{",
        "{\"client_request_id\":\""
            + requestId
            + "\","
            + (context == null ? "" : "\"usage_context\":" + context + ",")
            + (stream ? "\"stream\":true," : ""));
  }

  private List<JsonNode> records(Api api, String endpoint) {
    JsonNode rows = JSON.readTree(api.text("GET", "it/usage/records?endpoint=" + endpoint));
    return StreamSupport.stream(rows.spliterator(), false).toList();
  }

  private List<JsonNode> awaitRecords(Api api, String endpoint, int count) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> records(api, endpoint), rows -> rows.size() >= count);
  }

  private static String text(JsonNode row, String column) {
    JsonNode value = row.path(column);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }

  @Test
  void aBurstOfCallsIsRecordedOneForOneAndTotalledByTheUsageApi() throws Exception {
    Api admin = admin();
    admin.post("api/2.0/secrets/scopes/create", "{\"scope\":\"usage\"}");
    admin.post(
        "api/2.0/secrets/put", "{\"scope\":\"usage\",\"key\":\"key\",\"string_value\":\"sk-it\"}");
    String id =
        createEndpoint(
            admin,
            "it-usage",
            "gpt-4o-mini",
            "\"openai_config\":{\"openai_api_key\":\"{{secrets/usage/key}}\",\"openai_api_base\":\""
                + upstream.base("usage")
                + "\"}");
    Api.Reply gateway =
        admin.put(
            "api/2.0/serving-endpoints/it-usage/ai-gateway",
            "{\"usage_tracking_config\":{\"enabled\":true}}");
    assertThat(gateway.status()).as(gateway.body().toString()).isEqualTo(200);
    Api bob = admin.newPrincipal("USER", "bob@example.com");
    admin.patch(
        "api/2.0/permissions/serving-endpoints/" + id,
        "{\"access_control_list\":[{\"user_name\":\"bob@example.com\",\"permission_level\":\"CAN_QUERY\"}]}");
    upstream.script("usage", Reply.json(200, Fixtures.text("openai", "chat.response.json")));

    // The burst: five answered calls at once, from two principals.
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<Api.Reply>> burst = new ArrayList<>();
    for (String requestId : List.of("a-1", "a-2", "a-3")) {
      burst.add(
          pool.submit(
              () ->
                  admin.post(
                      "serving-endpoints/it-usage/invocations",
                      invoke("{\"team\":\"search\"}", requestId, false))));
    }
    for (String requestId : List.of("b-1", "b-2")) {
      burst.add(
          pool.submit(
              () ->
                  bob.post(
                      "serving-endpoints/it-usage/invocations", invoke(null, requestId, false))));
    }
    for (Future<Api.Reply> call : burst) {
      assertThat(call.get().status()).as(call.get().body().toString()).isEqualTo(200);
    }
    pool.shutdown();
    // A stream (19 + 2 tokens), then a call the provider refuses.
    upstream.script(
        "usage",
        new Reply(
            200,
            Map.of("Content-Type", "text/event-stream"),
            Fixtures.text("openai", "chat.stream.sse"),
            0));
    Api.Reply stream =
        admin.post("serving-endpoints/it-usage/invocations", invoke(null, "a-s", true));
    assertThat(stream.status()).isEqualTo(200);
    upstream.script("usage", Reply.json(400, Fixtures.text("openai", "bad-request.error.json")));
    Api.Reply refused =
        bob.post("serving-endpoints/it-usage/invocations", invoke(null, "b-f", false));
    assertThat(refused.status()).isEqualTo(400);

    List<JsonNode> rows = awaitRecords(admin, "it-usage", 7);

    assertThat(rows).hasSize(7);
    assertThat(rows)
        .extracting(r -> text(r, "client_request_id"))
        .containsExactlyInAnyOrder("a-1", "a-2", "a-3", "b-1", "b-2", "a-s", "b-f");
    for (JsonNode row : rows) {
      String requestId = text(row, "client_request_id");
      assertThat(text(row, "principal_name"))
          .isEqualTo(requestId.startsWith("a") ? "admin" : "bob@example.com");
      assertThat(text(row, "principal_kind")).isEqualTo("USER");
      assertThat(text(row, "endpoint_id")).isEqualTo(id);
      assertThat(text(row, "served_entity_name")).isEqualTo("it-usage-entity");
      assertThat(text(row, "usage_tracked")).isEqualTo("true");
      switch (requestId) {
        case "a-s" -> {
          assertThat(text(row, "stream")).isEqualTo("true");
          assertThat(text(row, "total_tokens")).isEqualTo("21");
          assertThat(text(row, "time_to_first_token_ms")).isNotNull();
          assertThat(new BigDecimal(text(row, "cost_usd"))).isEqualByComparingTo("0.00000405");
        }
        case "b-f" -> {
          assertThat(text(row, "status")).isEqualTo("400");
          assertThat(text(row, "error_code")).isEqualTo("INVALID_PARAMETER_VALUE");
          assertThat(text(row, "total_tokens")).isEqualTo("0");
        }
        default -> {
          assertThat(text(row, "status")).isEqualTo("200");
          assertThat(text(row, "error_code")).isNull();
          assertThat(text(row, "prompt_tokens")).isEqualTo("19");
          assertThat(text(row, "completion_tokens")).isEqualTo("3");
          assertThat(text(row, "tokens_estimated")).isEqualTo("false");
          assertThat(text(row, "time_to_first_token_ms")).isNull();
          // (19 * 0.15 + 3 * 0.60) / 1M, from the built-in price of gpt-4o-mini
          assertThat(new BigDecimal(text(row, "cost_usd"))).isEqualByComparingTo("0.00000465");
          assertThat(text(row, "usage_context"))
              .isEqualTo(requestId.startsWith("a") ? "{\"team\":\"search\"}" : null);
        }
      }
    }

    // Totals: 7 calls, 6 answered; 6 * 19 prompt, 5 * 3 + 2 completion tokens.
    String window =
        "?start_time="
            + (rows.get(0).path("call_time").asLong() - 1)
            + "&end_time="
            + Long.MAX_VALUE;
    JsonNode all = admin.get("api/2.0/serving-endpoints/it-usage/usage" + window).body();
    assertThat(all.path("endpoint_name").asString()).isEqualTo("it-usage");
    assertThat(all.has("groups")).isFalse();
    assertTotals(all.path("totals"), 7, 6, 114, 17, 131, "0.0000273");

    JsonNode byPrincipal =
        admin
            .get("api/2.0/serving-endpoints/it-usage/usage" + window + "&group_by=principal")
            .body();
    assertThat(byPrincipal.path("group_by").asString()).isEqualTo("principal");
    assertTotals(byPrincipal.path("totals"), 7, 6, 114, 17, 131, "0.0000273");
    assertThat(byPrincipal.path("groups")).hasSize(2);
    assertThat(byPrincipal.path("groups").get(0).path("key").asString()).isEqualTo("admin");
    assertTotals(byPrincipal.path("groups").get(0).path("totals"), 4, 4, 76, 11, 87, "0.000018");
    assertThat(byPrincipal.path("groups").get(1).path("key").asString())
        .isEqualTo("bob@example.com");
    assertTotals(byPrincipal.path("groups").get(1).path("totals"), 3, 2, 38, 6, 44, "0.0000093");

    JsonNode byEntity =
        admin
            .get("api/2.0/serving-endpoints/it-usage/usage" + window + "&group_by=served_entity")
            .body();
    assertThat(byEntity.path("groups")).hasSize(1);
    assertThat(byEntity.path("groups").get(0).path("key").asString()).isEqualTo("it-usage-entity");
    assertTotals(byEntity.path("groups").get(0).path("totals"), 7, 6, 114, 17, 131, "0.0000273");

    JsonNode byDay =
        admin.get("api/2.0/serving-endpoints/it-usage/usage" + window + "&group_by=day").body();
    long calls = 0;
    for (JsonNode day : byDay.path("groups")) {
      long start = day.path("start_time").asLong();
      assertThat(start % 86_400_000L).isZero();
      assertThat(day.path("key").asString())
          .isEqualTo(java.time.LocalDate.ofEpochDay(start / 86_400_000L).toString());
      calls += day.path("totals").path("calls").asLong();
    }
    assertThat(calls).as("days add up (a run across midnight has two)").isEqualTo(7);

    // Without a window: the last 24 hours, which holds every call just made.
    JsonNode lastDay = admin.get("api/2.0/serving-endpoints/it-usage/usage").body();
    assertThat(lastDay.path("totals").path("calls").asLong()).isEqualTo(7);
    assertThat(lastDay.path("end_time").asLong() - lastDay.path("start_time").asLong())
        .isEqualTo(86_400_000L);

    // The writer kept up, and says so on /metrics.
    String metrics = admin.text("GET", "metrics");
    assertThat(metrics)
        .containsPattern("gatehouse_usage_records_dropped_total\\{[^}]*} 0")
        .contains("gatehouse_usage_records_failed_total")
        .contains("gatehouse_usage_queue_size");
  }

  private static void assertTotals(
      JsonNode totals,
      long calls,
      long succeeded,
      long prompt,
      long completion,
      long total,
      String cost) {
    assertThat(totals.path("calls").asLong()).as(totals.toString()).isEqualTo(calls);
    assertThat(totals.path("succeeded_calls").asLong()).isEqualTo(succeeded);
    assertThat(totals.path("failed_calls").asLong()).isEqualTo(calls - succeeded);
    assertThat(totals.path("prompt_tokens").asLong()).isEqualTo(prompt);
    assertThat(totals.path("completion_tokens").asLong()).isEqualTo(completion);
    assertThat(totals.path("total_tokens").asLong()).isEqualTo(total);
    assertThat(totals.path("estimated_token_calls").asLong()).isZero();
    assertThat(totals.path("unpriced_calls").asLong()).isZero();
    assertThat(totals.path("cost_usd").decimalValue()).isEqualByComparingTo(cost);
  }

  @Test
  void anEndpointWithoutTrackingGetsMetadataOnlyAndAnUnpricedModelNoCost() {
    Api admin = admin();
    admin.post("api/2.0/secrets/scopes/create", "{\"scope\":\"meta\"}");
    admin.post(
        "api/2.0/secrets/put", "{\"scope\":\"meta\",\"key\":\"key\",\"string_value\":\"sk-it\"}");
    createEndpoint(
        admin,
        "it-meta",
        "model-x",
        "\"custom_provider_config\":{\"custom_provider_url\":\""
            + upstream.base("meta")
            + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/meta/key}}\"}}");
    upstream.script("meta", Reply.json(200, Fixtures.text("openai", "chat.response.json")));

    Api.Reply answered =
        admin.post(
            "serving-endpoints/it-meta/invocations", invoke("{\"team\":\"x\"}", "m-1", false));
    assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);

    JsonNode row = awaitRecords(admin, "it-meta", 1).get(0);
    assertThat(text(row, "client_request_id")).isEqualTo("m-1");
    assertThat(text(row, "usage_tracked")).isEqualTo("false");
    assertThat(text(row, "usage_context")).as("only with usage tracking on").isNull();
    assertThat(text(row, "cost_usd")).isNull();
    JsonNode totals = admin.get("api/2.0/serving-endpoints/it-meta/usage").body().path("totals");
    assertThat(totals.path("calls").asLong()).isEqualTo(1);
    assertThat(totals.path("unpriced_calls").asLong()).isEqualTo(1);
    assertThat(totals.has("cost_usd")).as("unknown, not 0").isFalse();
  }

  @Test
  void onlyManagersMayReadUsageAndBadParametersAre400s() {
    Api admin = admin();
    admin.post("api/2.0/secrets/scopes/create", "{\"scope\":\"perm\"}");
    admin.post(
        "api/2.0/secrets/put", "{\"scope\":\"perm\",\"key\":\"key\",\"string_value\":\"sk-it\"}");
    String id =
        createEndpoint(
            admin,
            "it-usage-perm",
            "model-x",
            "\"custom_provider_config\":{\"custom_provider_url\":\""
                + upstream.base("perm")
                + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/perm/key}}\"}}");
    Api querier = admin.newPrincipal("USER", "querier@example.com");
    Api manager = admin.newPrincipal("SERVICE_PRINCIPAL", "usage-manager");
    Api.Reply granted =
        admin.patch(
            "api/2.0/permissions/serving-endpoints/" + id,
            "{\"access_control_list\":["
                + "{\"user_name\":\"querier@example.com\",\"permission_level\":\"CAN_QUERY\"},"
                + "{\"service_principal_name\":\"usage-manager\","
                + "\"permission_level\":\"CAN_MANAGE\"}]}");
    assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);
    String usage = "api/2.0/serving-endpoints/it-usage-perm/usage";

    Api.Reply denied = querier.get(usage);
    Api.Reply managed = manager.get(usage);

    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(denied.message()).contains("needs CAN_MANAGE");
    assertThat(querier.get(usage + "?group_by=nope").status())
        .as("permission is checked before parameters")
        .isEqualTo(403);
    assertThat(managed.status()).as(managed.body().toString()).isEqualTo(200);
    assertThat(managed.body().path("totals").path("calls").asLong()).isZero();

    Api.Reply badGroup = admin.get(usage + "?group_by=user");
    assertThat(badGroup.status()).isEqualTo(400);
    assertThat(badGroup.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    assertThat(badGroup.message()).contains("principal, day, served_entity, hour, minute");
    Api.Reply backwards = admin.get(usage + "?start_time=2000&end_time=1000");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.message()).isEqualTo("end_time (1000) must be after start_time (2000).");
    Api.Reply notANumber = admin.get(usage + "?start_time=yesterday");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.message()).startsWith("start_time 'yesterday' is not a number");
    assertThat(admin.get("api/2.0/serving-endpoints/no-such/usage").status()).isEqualTo(404);
  }

  @Test
  void minutesAndHoursAreUtcBucketsAndLatencyPercentilesCoverTheSucceededCalls() {
    Api admin = admin();
    admin.putSecret("buckets", "key", "sk-it");
    String id =
        createEndpoint(
            admin,
            "it-buckets",
            "model-x",
            "\"custom_provider_config\":{\"custom_provider_url\":\""
                + upstream.base("buckets")
                + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/buckets/key}}\"}}");
    long hour = System.currentTimeMillis() / 3_600_000L * 3_600_000L - 3 * 3_600_000L;
    long minute = hour + 5 * 60_000L;
    String latencies =
        String.join(
            ",", java.util.stream.LongStream.rangeClosed(1, 100).mapToObj(Long::toString).toList());
    // 100 answered calls at hh:05 taking 1..100 ms; two refused by a limit at hh:07 and a failed
    // one in the next hour, which are left out of the latencies however slow they were.
    synthetic(admin, id, minute, latencies, 200, null);
    synthetic(admin, id, minute + 2 * 60_000L, "5000,5000", 429, "REQUEST_LIMIT_EXCEEDED");
    synthetic(admin, id, hour + 65 * 60_000L, "9000", 502, "UPSTREAM_ERROR");
    String usage =
        "api/2.0/serving-endpoints/it-buckets/usage?start_time="
            + hour
            + "&end_time="
            + (hour + 2 * 3_600_000L);

    JsonNode byMinute = admin.get(usage + "&group_by=minute").body();
    JsonNode byHour = admin.get(usage + "&group_by=hour").body();

    assertThat(byMinute.path("latency_ms").toString())
        .isEqualTo("{\"p50\":50,\"p90\":90,\"p99\":99}");
    JsonNode totals = byMinute.path("totals");
    assertThat(totals.path("calls").asLong()).as(totals.toString()).isEqualTo(103);
    assertThat(totals.path("failed_calls").asLong()).isEqualTo(3);
    assertThat(totals.path("rate_limited_calls").asLong()).isEqualTo(2);
    assertThat(byMinute.path("groups"))
        .extracting(g -> g.path("key").asString())
        .containsExactly(
            minuteKey(minute), minuteKey(minute + 120_000), minuteKey(hour + 3_900_000));
    assertThat(byMinute.path("groups"))
        .extracting(g -> g.path("start_time").asLong())
        .containsExactly(minute, minute + 120_000, hour + 3_900_000);
    assertThat(byMinute.path("groups"))
        .extracting(g -> g.path("totals").path("rate_limited_calls").asLong())
        .containsExactly(0L, 2L, 0L);
    assertThat(byHour.path("groups"))
        .extracting(g -> g.path("key").asString())
        .containsExactly(
            minuteKey(hour).replaceAll(":\\d\\dZ$", ":00Z"),
            minuteKey(hour + 3_600_000).replaceAll(":\\d\\dZ$", ":00Z"));
    assertThat(byHour.path("groups").get(0).path("totals").path("calls").asLong()).isEqualTo(102);
    assertThat(byHour.path("groups").get(1).path("start_time").asLong())
        .isEqualTo(hour + 3_600_000);

    Api.Reply tooLong =
        admin.get(
            "api/2.0/serving-endpoints/it-buckets/usage?group_by=minute&start_time="
                + hour
                + "&end_time="
                + (hour + 86_400_001L));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    assertThat(tooLong.message())
        .isEqualTo(
            "group_by=minute allows a window of at most 24 hours (1440 minutes); this one spans"
                + " 1441 minutes. Narrow start_time and end_time, or use group_by=hour.");
    JsonNode empty =
        admin.get("api/2.0/serving-endpoints/it-buckets/usage?start_time=0&end_time=1").body();
    assertThat(empty.has("latency_ms")).as("no succeeded call, no percentiles").isFalse();
  }

  private static void synthetic(
      Api admin, String endpointId, long callTime, String latencies, int status, String error) {
    admin.text(
        "POST",
        "it/usage/synthetic?endpoint_id="
            + endpointId
            + "&call_time="
            + callTime
            + "&latencies="
            + latencies
            + "&status="
            + status
            + (error == null ? "" : "&error_code=" + error));
  }

  private static String minuteKey(long ms) {
    return java.time.Instant.ofEpochMilli(ms).toString().replaceAll(":\\d\\d(\\.\\d+)?Z$", "Z");
  }

  @Test
  void callsRefusedByTheEndpointsRateLimitAreCountedAsRateLimited() {
    Api admin = admin();
    admin.putSecret("limited", "key", "sk-it");
    createEndpoint(
        admin,
        "it-limited",
        "model-x",
        "\"custom_provider_config\":{\"custom_provider_url\":\""
            + upstream.base("limited")
            + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/limited/key}}\"}}");
    admin.put(
        "api/2.0/serving-endpoints/it-limited/ai-gateway",
        "{\"rate_limits\":[{\"calls\":1,\"renewal_period\":\"minute\"}]}");
    upstream.script("limited", Reply.json(200, Fixtures.text("openai", "chat.response.json")));

    // One call a minute: of three quick calls at least one is refused, two if no minute begins.
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(admin.post("serving-endpoints/it-limited/invocations", CHAT).status());
    }
    long refused = statuses.stream().filter(s -> s == 429).count();
    assertThat(refused).as(statuses.toString()).isBetween(1L, 2L);

    List<JsonNode> rows = awaitRecords(admin, "it-limited", 3);
    assertThat(rows)
        .filteredOn(r -> "429".equals(text(r, "status")))
        .allSatisfy(r -> assertThat(text(r, "error_code")).isEqualTo("REQUEST_LIMIT_EXCEEDED"));
    JsonNode totals = admin.get("api/2.0/serving-endpoints/it-limited/usage").body().path("totals");
    assertThat(totals.path("calls").asLong()).isEqualTo(3);
    assertThat(totals.path("rate_limited_calls").asLong()).isEqualTo(refused);
    assertThat(totals.path("failed_calls").asLong()).isEqualTo(refused);
    JsonNode latency =
        admin.get("api/2.0/serving-endpoints/it-limited/usage").body().path("latency_ms");
    assertThat(latency.path("p50").asLong())
        .as("the answered calls' latencies: %s", latency)
        .isNotNegative()
        .isLessThanOrEqualTo(latency.path("p99").asLong());
  }

  @Test
  void retentionDeletesOldRecordsInBatchesAndLeavesRecentOnes() {
    Api admin = admin();
    assertThat(admin.text("POST", "it/usage/ancient?endpoint=it-ancient&count=5")).isEqualTo("5");
    int recentBefore = records(admin, "it-usage").size();

    String deleted = admin.text("POST", "it/usage/purge?batch=2");

    assertThat(deleted).as("5 rows in batches of 2, 2, 1").isEqualTo("5");
    assertThat(records(admin, "it-ancient")).isEmpty();
    assertThat(records(admin, "it-usage")).hasSizeGreaterThanOrEqualTo(recentBefore);
  }
}
