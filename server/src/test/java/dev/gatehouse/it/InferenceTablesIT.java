package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.it.FakeUpstream.Reply;
import dev.gatehouse.providers.Fixtures;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Inference tables end to end on a real Payara Micro, against a fake OpenAI upstream: an endpoint
 * with {@code inference_table_config.enabled} stores an answered call, a stream, a failed call and
 * an oversized request (cut at the default 64 KiB cap), which the records API gives admins newest
 * first, a page at a time; an endpoint without it stores nothing; the endpoint's API key (a canary
 * the upstream receives, and echoes in its 401) is in no stored payload.
 */
@ExtendWith(ArquillianExtension.class)
class InferenceTablesIT {
  private static final String CANARY = "sk-canary-" + Long.toHexString(System.nanoTime());
  private static final int CAP = 65_536;

  @RegisterExtension static final FakeUpstream upstream = FakeUpstream.perClass();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return GatehouseWar.withClasses();
  }

  @ArquillianResource URL base;

  private Api admin() {
    return Api.at(base);
  }

  private static String endpoint(String name, String scenario) {
    return """
        {"name":"%s","config":{"served_entities":[{"name":"%s-entity","external_model":{
          "name":"gpt-4o-mini","provider":"openai","task":"llm/v1/chat","openai_config":{
          "openai_api_key_plaintext":"%s","openai_api_base":"%s"}}}]}}"""
        .formatted(name, name, CANARY, upstream.base(scenario));
  }

  private static void create(Api api, String name, String scenario) {
    api.createEndpoint(name, endpoint(name, scenario));
  }

  private static String chat(String requestId, String content, boolean stream) {
    return "{\"client_request_id\":\""
        + requestId
        + "\","
        + (stream ? "\"stream\":true," : "")
        + "\"messages\":[{\"role\":\"user\",\"content\":\""
        + content
        + "\"}]}";
  }

  private static List<JsonNode> all(Api api, String name, int pageSize) {
    List<JsonNode> records = new ArrayList<>();
    String token = null;
    do {
      Api.Reply page =
          api.get(
              "api/2.0/serving-endpoints/"
                  + name
                  + "/inference-records?max_results="
                  + pageSize
                  + (token == null ? "" : "&page_token=" + token));
      assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
      page.body().path("records").forEach(records::add);
      token =
          page.body().hasNonNull("next_page_token")
              ? page.body().path("next_page_token").asString()
              : null;
    } while (token != null);
    return records;
  }

  @Test
  void callsOnAnEndpointWithAnInferenceTableAreStoredWithTheirPayloads() {
    Api admin = admin();
    create(admin, "it-inference", "inference");
    Api.Reply gateway =
        admin.put(
            "api/2.0/serving-endpoints/it-inference/ai-gateway",
            "{\"inference_table_config\":{\"enabled\":true,\"catalog_name\":\"main\","
                + "\"schema_name\":\"serving\",\"table_name_prefix\":\"chat\"}}");
    assertThat(gateway.status()).as(gateway.body().toString()).isEqualTo(200);
    assertThat(gateway.body().path("inference_table_config").path("catalog_name").asString())
        .isEqualTo("main");

    upstream.script("inference", Reply.json(200, Fixtures.text("openai", "chat.response.json")));
    assertThat(
            admin
                .post("serving-endpoints/it-inference/invocations", chat("i-chat", "Hi", false))
                .status())
        .isEqualTo(200);
    upstream.script(
        "inference",
        new Reply(
            200,
            Map.of("Content-Type", "text/event-stream"),
            Fixtures.text("openai", "chat.stream.sse"),
            0));
    assertThat(
            admin
                .post("serving-endpoints/it-inference/invocations", chat("i-stream", "Hi", true))
                .status())
        .isEqualTo(200);
    upstream.script(
        "inference",
        Reply.json(
            401,
            "{\"error\":{\"message\":\"Incorrect API key provided: "
                + CANARY
                + ".\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
    Api.Reply failed =
        admin.post("serving-endpoints/it-inference/invocations", chat("i-fail", "Hi", false));
    assertThat(failed.status()).isGreaterThanOrEqualTo(400);
    upstream.script("inference", Reply.json(200, Fixtures.text("openai", "chat.response.json")));
    String big = "x".repeat(CAP + 1000);
    assertThat(
            admin
                .post("serving-endpoints/it-inference/invocations", chat("i-big", big, false))
                .status())
        .isEqualTo(200);
    assertThat(upstream.received("inference").get(0).header("Authorization"))
        .as("the canary is the key Gatehouse sends")
        .isEqualTo("Bearer " + CANARY);

    List<JsonNode> records =
        await()
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> all(admin, "it-inference", 100), r -> r.size() >= 4);

    assertThat(records)
        .extracting(r -> r.path("client_request_id").asString())
        .as("newest first")
        .containsExactly("i-big", "i-fail", "i-stream", "i-chat");
    assertThat(all(admin, "it-inference", 3))
        .as("pages of 3 hold the same records in the same order")
        .extracting(r -> r.path("id").asString())
        .containsExactlyElementsOf(records.stream().map(r -> r.path("id").asString()).toList());
    JsonNode bigCall = records.get(0);
    JsonNode failedCall = records.get(1);
    JsonNode stream = records.get(2);
    JsonNode answered = records.get(3);

    assertThat(answered.path("status").asInt()).isEqualTo(200);
    assertThat(answered.path("principal_name").asString()).isEqualTo("admin");
    assertThat(answered.path("served_entity_name").asString()).isEqualTo("it-inference-entity");
    assertThat(payload(answered, "request").path("messages").get(0).path("content").asString())
        .isEqualTo("Hi");
    assertThat(payload(answered, "request").path("client_request_id").asString())
        .isEqualTo("i-chat");
    assertThat(payload(answered, "response").path("object").asString())
        .isEqualTo("chat.completion");
    assertThat(payload(answered, "response").path("usage").path("total_tokens").asInt())
        .isEqualTo(22);
    assertThat(answered.path("request_truncated").asBoolean()).isFalse();

    assertThat(stream.path("stream").asBoolean()).isTrue();
    JsonNode assembled = payload(stream, "response");
    assertThat(assembled.path("object").asString()).isEqualTo("chat.completion");
    assertThat(assembled.path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("Hi!");
    assertThat(assembled.path("choices").get(0).path("finish_reason").asString()).isEqualTo("stop");
    assertThat(assembled.path("usage").path("total_tokens").asInt()).isEqualTo(21);

    assertThat(failedCall.path("status").asInt()).isEqualTo(failed.status());
    assertThat(failedCall.path("error_code").asString()).isEqualTo(failed.errorCode());
    assertThat(payload(failedCall, "response").path("message").asString())
        .as("the error body the caller got")
        .isEqualTo(failed.message());

    assertThat(bigCall.path("request_truncated").asBoolean()).isTrue();
    assertThat(bigCall.path("request_bytes").asLong()).isGreaterThan(CAP);
    assertThat(bigCall.path("request").asString()).startsWith("{\"client_request_id\":\"i-big\"");
    assertThat(bigCall.path("request").asString().length()).isEqualTo(CAP);
    assertThat(bigCall.path("response_truncated").asBoolean()).isFalse();

    for (JsonNode record : records) {
      assertThat(record.toString()).as("no credential is stored").doesNotContain(CANARY);
    }

    // Managers of the endpoint are not admins: payloads are not theirs to read.
    Api manager = admin.newPrincipal("USER", "inference-manager@example.com");
    String id = admin.get("api/2.0/serving-endpoints/it-inference").body().path("id").asString();
    admin.patch(
        "api/2.0/permissions/serving-endpoints/" + id,
        "{\"access_control_list\":[{\"user_name\":\"inference-manager@example.com\","
            + "\"permission_level\":\"CAN_MANAGE\"}]}");
    Api.Reply denied = manager.get("api/2.0/serving-endpoints/it-inference/inference-records");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(manager.get("api/2.0/serving-endpoints/it-inference/usage").status())
        .as("while the usage API is theirs")
        .isEqualTo(200);
    Api.Reply badToken =
        admin.get("api/2.0/serving-endpoints/it-inference/inference-records?page_token=%25%25");
    assertThat(badToken.status()).isEqualTo(400);
    assertThat(badToken.message()).contains("page_token");
    assertThat(admin.get("api/2.0/serving-endpoints/no-such/inference-records").status())
        .isEqualTo(404);
  }

  private static JsonNode payload(JsonNode record, String which) {
    return JsonMapper.builder().build().readTree(record.path(which).asString());
  }

  @Test
  void anEndpointWithoutAnInferenceTableStoresNoPayloads() {
    Api admin = admin();
    create(admin, "it-no-inference", "no-inference");
    admin.put(
        "api/2.0/serving-endpoints/it-no-inference/ai-gateway",
        "{\"usage_tracking_config\":{\"enabled\":true},\"inference_table_config\":{\"enabled\":false,"
            + "\"catalog_name\":\"main\",\"schema_name\":\"serving\"}}");
    upstream.script("no-inference", Reply.json(200, Fixtures.text("openai", "chat.response.json")));

    Api.Reply answered =
        admin.post("serving-endpoints/it-no-inference/invocations", chat("n-1", "Hi", false));
    assertThat(answered.status()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                admin
                    .get("api/2.0/serving-endpoints/it-no-inference/usage")
                    .body()
                    .path("totals")
                    .path("calls")
                    .asLong(),
            calls -> calls == 1);

    JsonNode page = admin.get("api/2.0/serving-endpoints/it-no-inference/inference-records").body();
    assertThat(page.path("endpoint_name").asString()).isEqualTo("it-no-inference");
    assertThat(page.path("records")).as("the usage record is written, no payloads").isEmpty();
    assertThat(page.has("next_page_token")).isFalse();
  }
}
