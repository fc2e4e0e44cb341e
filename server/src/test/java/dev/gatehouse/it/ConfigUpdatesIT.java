package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The update discipline on a real Payara Micro with H2: serialized per endpoint, non-disruptive,
 * cancellable, and failing safe. Deploys the packaged WAR plus a test-only readiness check that can
 * hold an update open or fail it.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigUpdatesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(HeldReadinessCheck.class, ReadinessControlResource.class);
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() throws Exception {
    api = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    // The configs below reference this secret; a reference that does not resolve fails the update.
    api.post("api/2.0/secrets/scopes/create", "{\"scope\":\"llm\"}");
    assertThat(
            api.post(
                    "api/2.0/secrets/put",
                    "{\"scope\":\"llm\",\"key\":\"openai\",\"string_value\":\"sk-it\"}")
                .status())
        .isEqualTo(200);
  }

  static String config(String model) {
    return """
        {"served_entities":[{"external_model":{"name":"%s","provider":"openai","task":"llm/v1/chat",
          "openai_config":{"openai_api_key":"{{secrets/llm/openai}}"}}}]}"""
        .formatted(model);
  }

  private JsonNode createReady(String name) {
    Api.Reply created =
        api.post(
            "api/2.0/serving-endpoints",
            "{\"name\":\"" + name + "\",\"config\":" + config("gpt-4o") + "}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
    return awaitState(name, "NOT_UPDATING");
  }

  private JsonNode awaitState(String name, String configUpdate) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> api.get("api/2.0/serving-endpoints/" + name).body(),
            body -> configUpdate.equals(body.path("state").path("config_update").asString()));
  }

  private void control(String name, String action) {
    assertThat(api.post("it/readiness/" + name + "/" + action, "{}").status()).isEqualTo(204);
  }

  @Test
  void concurrentUpdatesOfOneEndpointAcceptExactlyOne() throws Exception {
    createReady("concurrent");
    control("concurrent", "hold");
    int callers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      Callable<Api.Reply> call =
          () -> {
            start.await();
            return api.put("api/2.0/serving-endpoints/concurrent/config", config("gpt-4o-mini"));
          };
      replies.add(pool.submit(call));
    }
    start.countDown();
    List<Api.Reply> results = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      results.add(reply.get());
    }
    pool.shutdown();

    assertThat(results).filteredOn(r -> r.status() == 200).hasSize(1);
    List<Api.Reply> refused = results.stream().filter(r -> r.status() != 200).toList();
    assertThat(refused).hasSize(callers - 1);
    assertThat(refused)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(409);
              assertThat(r.errorCode()).isEqualTo("RESOURCE_CONFLICT");
              assertThat(r.message()).contains("'concurrent'").contains("config version 2");
            });

    JsonNode during = api.get("api/2.0/serving-endpoints/concurrent").body();
    assertThat(during.path("config").path("config_version").asInt()).isEqualTo(1);
    assertThat(during.path("pending_config").path("config_version").asInt()).isEqualTo(2);

    control("concurrent", "release");
    JsonNode after = awaitState("concurrent", "NOT_UPDATING");
    assertThat(after.path("config").path("config_version").asInt()).isEqualTo(2);
    assertThat(after.has("pending_config")).isFalse();

    List<String> outcomes =
        auditOf("concurrent").stream()
            .filter(e -> e.path("action").asString().equals("endpoint.config.update"))
            .map(e -> e.path("outcome").asString())
            .toList();
    assertThat(outcomes).containsOnly("SUCCESS", "CONFLICT").hasSize(callers);
    assertThat(outcomes).filteredOn("SUCCESS"::equals).hasSize(1);
  }

  private List<JsonNode> auditOf(String endpoint) {
    Api.Reply page =
        api.get("api/2.0/audit-events?target_type=serving-endpoint&target_name=" + endpoint);
    assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    page.body().path("events").forEach(events::add);
    return events;
  }

  @Test
  void heldUpdateShowsPendingAndServingConfigsSideBySide() {
    createReady("side-by-side");
    control("side-by-side", "hold");
    Api.Reply accepted =
        api.put("api/2.0/serving-endpoints/side-by-side/config", config("gpt-4.1-mini"));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.body().path("state").path("config_update").asString())
        .isEqualTo("IN_PROGRESS");

    JsonNode during = api.get("api/2.0/serving-endpoints/side-by-side").body();
    assertThat(during.path("state").path("ready").asString()).isEqualTo("READY");
    assertThat(during.path("config").path("config_version").asInt()).isEqualTo(1);
    assertThat(model(during.path("config"))).isEqualTo("gpt-4o");
    assertThat(during.path("pending_config").path("config_version").asInt()).isEqualTo(2);
    assertThat(model(during.path("pending_config"))).isEqualTo("gpt-4.1-mini");
    assertThat(during.path("pending_config").path("start_time").asLong()).isPositive();

    control("side-by-side", "release");
    JsonNode after = awaitState("side-by-side", "NOT_UPDATING");
    assertThat(model(after.path("config"))).isEqualTo("gpt-4.1-mini");
  }

  @Test
  void updatesOfDifferentEndpointsDoNotWaitForEachOther() {
    createReady("slow");
    createReady("fast");
    control("slow", "hold");
    assertThat(api.put("api/2.0/serving-endpoints/slow/config", config("gpt-4o-mini")).status())
        .isEqualTo(200);
    assertThat(api.put("api/2.0/serving-endpoints/fast/config", config("gpt-4o-mini")).status())
        .isEqualTo(200);

    JsonNode fast = awaitState("fast", "NOT_UPDATING");
    assertThat(fast.path("config").path("config_version").asInt()).isEqualTo(2);
    JsonNode slow = api.get("api/2.0/serving-endpoints/slow").body();
    assertThat(slow.path("state").path("config_update").asString()).isEqualTo("IN_PROGRESS");
    control("slow", "release");
    awaitState("slow", "NOT_UPDATING");
  }

  @Test
  void cancelKeepsTheServingConfigAndFreesTheEndpointForTheNextUpdate() {
    createReady("cancel-me");
    assertThat(api.delete("api/2.0/serving-endpoints/cancel-me/pending-config").status())
        .isEqualTo(409);
    control("cancel-me", "hold");
    api.put("api/2.0/serving-endpoints/cancel-me/config", config("gpt-4o-mini"));

    Api.Reply canceled = api.delete("api/2.0/serving-endpoints/cancel-me/pending-config");
    assertThat(canceled.status()).isEqualTo(200);
    assertThat(canceled.body().path("state").path("config_update").asString())
        .isEqualTo("UPDATE_CANCELED");
    assertThat(canceled.body().path("state").path("config_update_message").asString())
        .contains("version 2")
        .contains("canceled");
    assertThat(canceled.body().has("pending_config")).isFalse();
    assertThat(canceled.body().path("config").path("config_version").asInt()).isEqualTo(1);

    control("cancel-me", "release");
    JsonNode after = api.get("api/2.0/serving-endpoints/cancel-me").body();
    assertThat(after.path("state").path("config_update").asString()).isEqualTo("UPDATE_CANCELED");
    assertThat(model(after.path("config"))).isEqualTo("gpt-4o");

    assertThat(api.put("api/2.0/serving-endpoints/cancel-me/config", config("gpt-4.1")).status())
        .isEqualTo(200);
    JsonNode next = awaitState("cancel-me", "NOT_UPDATING");
    assertThat(next.path("config").path("config_version").asInt()).isEqualTo(3);
  }

  @Test
  void failingReadinessCheckLeavesTheOldConfigServing() {
    createReady("failing");
    control("failing", "fail?reason=provider%20unreachable");
    api.put("api/2.0/serving-endpoints/failing/config", config("gpt-4o-mini"));

    JsonNode failed = awaitState("failing", "UPDATE_FAILED");
    assertThat(failed.path("state").path("ready").asString()).isEqualTo("READY");
    assertThat(failed.path("state").path("config_update_message").asString())
        .isEqualTo("Update to config version 2 failed: provider unreachable");
    assertThat(failed.path("config").path("config_version").asInt()).isEqualTo(1);
    assertThat(model(failed.path("config"))).isEqualTo("gpt-4o");
    assertThat(failed.has("pending_config")).isFalse();

    assertThat(auditOf("failing"))
        .anySatisfy(
            e -> {
              assertThat(e.path("action").asString()).isEqualTo("endpoint.config.fail");
              assertThat(e.path("outcome").asString()).isEqualTo("FAILED");
              assertThat(e.path("principal").asString()).isEqualTo("gatehouse");
            });

    control("failing", "clear");
    api.put("api/2.0/serving-endpoints/failing/config", config("gpt-4o-mini"));
    assertThat(awaitState("failing", "NOT_UPDATING").path("config").path("config_version").asInt())
        .isEqualTo(3);
  }

  @Test
  void startUpRecoveryFailsAnInterruptedUpdateAndKeepsTheOldVersionServing() {
    createReady("interrupted");
    control("interrupted", "hold");
    api.put("api/2.0/serving-endpoints/interrupted/config", config("gpt-4o-mini"));

    assertThat(api.post("it/readiness/recover-interrupted", "{}").status()).isEqualTo(200);
    JsonNode recovered = api.get("api/2.0/serving-endpoints/interrupted").body();
    assertThat(recovered.path("state").path("config_update").asString()).isEqualTo("UPDATE_FAILED");
    assertThat(recovered.path("state").path("config_update_message").asString())
        .contains("restarted");
    assertThat(recovered.path("config").path("config_version").asInt()).isEqualTo(1);

    control("interrupted", "release");
    JsonNode after = api.get("api/2.0/serving-endpoints/interrupted").body();
    assertThat(after.path("config").path("config_version").asInt()).isEqualTo(1);
  }

  @Test
  void theVersionHistoryListsEveryVersionNewestFirstToAnyoneWhoMaySeeTheEndpoint() {
    String id = createReady("history").path("id").asString(); // 1 serves
    control("history", "hold");
    api.put("api/2.0/serving-endpoints/history/config", config("gpt-4o-mini"));
    api.delete("api/2.0/serving-endpoints/history/pending-config"); // 2 canceled
    control("history", "release");
    control("history", "fail?reason=provider%20unreachable");
    api.put("api/2.0/serving-endpoints/history/config", config("gpt-4.1"));
    awaitState("history", "UPDATE_FAILED"); // 3 failed
    control("history", "clear");
    String plaintext =
        config("gpt-4.1-mini")
            .replace(
                "\"openai_api_key\":\"{{secrets/llm/openai}}\"",
                "\"openai_api_key_plaintext\":\"sk-canary-7\"");
    assertThat(api.put("api/2.0/serving-endpoints/history/config", plaintext).status())
        .isEqualTo(200);
    awaitState("history", "NOT_UPDATING"); // 4 serves, 1 retired
    control("history", "hold");
    api.put("api/2.0/serving-endpoints/history/config", config("gpt-4o")); // 5 pending
    String versions = "api/2.0/serving-endpoints/history/config-versions";

    JsonNode all = api.get(versions).body();

    assertThat(all.path("endpoint_name").asString()).isEqualTo("history");
    assertThat(all.path("config_versions"))
        .extracting(v -> v.path("config_version").asInt() + " " + v.path("status").asString())
        .containsExactly("5 PENDING", "4 SERVING", "3 FAILED", "2 CANCELED", "1 RETIRED");
    assertThat(all.has("next_page_token")).isFalse();
    JsonNode[] v = new JsonNode[6];
    all.path("config_versions").forEach(n -> v[n.path("config_version").asInt()] = n);
    assertThat(v[5].has("finished_at")).isFalse();
    assertThat(v[5].has("message")).isFalse();
    assertThat(model(v[5].path("config"))).isEqualTo("gpt-4o");
    assertThat(v[4].path("finished_at").asLong())
        .isGreaterThanOrEqualTo(v[4].path("start_time").asLong());
    assertThat(v[4].at("/config/served_entities/0/external_model/openai_config").isEmpty())
        .as("a plaintext key is never shown, not even as its managed reference")
        .isTrue();
    assertThat(v[3].path("message").asString()).isEqualTo("provider unreachable");
    assertThat(v[2].path("message").asString()).startsWith("canceled by ");
    assertThat(v[1].path("created_by").asString()).isEqualTo(v[5].path("created_by").asString());
    assertThat(v[1].at("/config/traffic_config/routes/0/traffic_percentage").asInt())
        .isEqualTo(100);
    assertThat(all.toString()).doesNotContain("sk-canary-7").doesNotContain("_plaintext");

    // Pages of two: 5 4 | 3 2 | 1, each resuming below the last version of the one before.
    List<String> pages = new ArrayList<>();
    String token = null;
    do {
      JsonNode page =
          api.get(versions + "?max_results=2" + (token == null ? "" : "&page_token=" + token))
              .body();
      List<String> numbers = new ArrayList<>();
      page.path("config_versions").forEach(n -> numbers.add(n.path("config_version").asString()));
      pages.add(String.join(" ", numbers));
      token = page.path("next_page_token").asString(null);
    } while (token != null);
    assertThat(pages).containsExactly("5 4", "3 2", "1");

    Api viewer = api.newPrincipal("SERVICE_PRINCIPAL", "history-viewer");
    Api stranger = api.newPrincipal("SERVICE_PRINCIPAL", "history-stranger");
    api.patch(
        "api/2.0/permissions/serving-endpoints/" + id,
        "{\"access_control_list\":[{\"service_principal_name\":\"history-viewer\","
            + "\"permission_level\":\"CAN_VIEW\"}]}");
    assertThat(viewer.get(versions).status()).isEqualTo(200);
    Api.Reply denied = stranger.get(versions);
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.message())
        .isEqualTo("'history-stranger' needs CAN_VIEW on serving endpoint 'history'.");
    Api.Reply tooMany = api.get(versions + "?max_results=101");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.message())
        .isEqualTo("max_results '101' must be a whole number between 1 and 100.");
    assertThat(api.get(versions + "?page_token=x").message()).startsWith("page_token is not one");
    assertThat(api.get("api/2.0/serving-endpoints/no-history/config-versions").status())
        .isEqualTo(404);
    control("history", "release");
  }

  private static String model(JsonNode config) {
    return config.path("served_entities").path(0).path("external_model").path("name").asString();
  }
}
