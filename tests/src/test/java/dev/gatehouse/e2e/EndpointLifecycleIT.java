package dev.gatehouse.e2e;

import static dev.gatehouse.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole life of one endpoint over HTTP, and every class of error, against one server started
 * for the class (with a 64 KiB body limit so the 413 case stays small).
 */
class EndpointLifecycleIT {
  private static final String ENDPOINTS = "/api/2.0/serving-endpoints";
  private static final int MAX_BODY_BYTES = 65536;

  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static Api api;

  @BeforeAll
  static void startServer() throws IOException {
    server =
        GatehouseProcess.start(
            "EndpointLifecycleIT",
            dataDir,
            Map.of("GATEHOUSE_HTTP_MAX_BODY_BYTES", Integer.toString(MAX_BODY_BYTES)));
    api = Api.withToken(server.baseUri(), server.generatedAdminToken());
    api.putSecret("llm", "openai-key", "sk-e2e-openai");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The lifecycle

  @Test
  void endpointLifecycle() {
    String name = "lifecycle-azure";
    String plaintextKey = "sk-e2e-PLAINTEXT-" + UUID.randomUUID();
    String rotatedKey = "sk-e2e-ROTATED-" + UUID.randomUUID();
    int responsesBefore = api.responses().size();

    // Create: Azure OpenAI with a plaintext key, two tags, a description.
    JsonNode created =
        api.post(
                ENDPOINTS,
                """
                {"name": "%s",
                 "description": "end-to-end lifecycle",
                 "config": {"served_entities": [
                   {"name": "azure-chat",
                    "external_model": {"name": "gpt-4o", "provider": "openai", "task": "llm/v1/chat",
                      "openai_config": {"openai_api_type": "azure",
                                        "openai_api_key_plaintext": "%s",
                                        "openai_api_base": "https://gatehouse-e2e.openai.azure.com",
                                        "openai_api_version": "2024-06-01",
                                        "openai_deployment_name": "gpt-4o-prod"}}}]},
                 "tags": [{"key": "team", "value": "ml-platform"}, {"key": "env", "value": "test"}]}
                """
                    .formatted(name, plaintextKey))
            .ok();
    assertThat(created.path("name").asString()).isEqualTo(name);
    String id = created.path("id").asString();
    assertThat(id).as("id").isNotBlank();
    long createdAt = created.path("creation_timestamp").asLong();
    assertThat(createdAt)
        .as("creation_timestamp in ms")
        .isBetween(System.currentTimeMillis() - 600_000, System.currentTimeMillis() + 600_000);
    assertThat(created.path("last_updated_timestamp").asLong()).isGreaterThanOrEqualTo(createdAt);
    assertThat(created.path("creator").asString()).isNotBlank();
    assertThat(created.path("description").asString()).isEqualTo("end-to-end lifecycle");
    assertThat(created.path("task").asString()).isEqualTo("llm/v1/chat");
    assertThat(created.path("state").path("config_update").asString())
        .isIn("IN_PROGRESS", "NOT_UPDATING");
    assertThat(created.path("state").path("ready").asString()).isIn("READY", "NOT_READY");
    assertThat(tags(created)).containsExactly(entry("team", "ml-platform"), entry("env", "test"));
    JsonNode createdConfig =
        created.has("pending_config") ? created.get("pending_config") : created.get("config");
    assertThat(createdConfig).as("config or pending_config of %s", created).isNotNull();
    assertThat(createdConfig.path("config_version").asLong()).isEqualTo(1);

    // Get, once ready.
    JsonNode ready = api.awaitNotUpdating(name);
    assertThat(ready.path("id").asString()).isEqualTo(id);
    assertThat(ready.path("creation_timestamp").asLong()).isEqualTo(createdAt);
    assertThat(ready.path("state").path("ready").asString()).isEqualTo("READY");
    assertThat(ready.has("pending_config"))
        .as("pending_config after the update: %s", ready)
        .isFalse();
    JsonNode config = ready.path("config");
    assertThat(config.path("config_version").asLong()).isEqualTo(1);
    JsonNode entity = config.path("served_entities").path(0);
    assertThat(config.path("served_entities").size()).isEqualTo(1);
    assertThat(entity.path("name").asString()).isEqualTo("azure-chat");
    JsonNode openai = entity.path("external_model").path("openai_config");
    assertThat(entity.path("external_model").path("name").asString()).isEqualTo("gpt-4o");
    assertThat(entity.path("external_model").path("provider").asString()).isEqualTo("openai");
    assertThat(openai.path("openai_api_type").asString()).isEqualTo("azure");
    assertThat(openai.path("openai_api_base").asString())
        .isEqualTo("https://gatehouse-e2e.openai.azure.com");
    assertThat(openai.path("openai_api_version").asString()).isEqualTo("2024-06-01");
    assertThat(openai.path("openai_deployment_name").asString()).isEqualTo("gpt-4o-prod");
    assertThat(openai.has("openai_api_key_plaintext")).as("plaintext echoed: %s", openai).isFalse();
    assertThat(config.path("traffic_config"))
        .isEqualTo(
            json(
                """
                {"routes": [{"served_entity_name": "azure-chat", "served_model_name": "azure-chat",
                             "traffic_percentage": 100}]}
                """));
    assertThat(tags(ready)).containsExactly(entry("team", "ml-platform"), entry("env", "test"));

    // List.
    JsonNode listed = listed(name);
    assertThat(listed).as("%s in the list", name).isNotNull();
    assertThat(listed.path("id").asString()).isEqualTo(id);
    assertThat(listed.path("state").path("config_update").asString()).isEqualTo("NOT_UPDATING");
    assertThat(listed.path("task").asString()).isEqualTo("llm/v1/chat");
    assertThat(tags(listed)).containsExactly(entry("team", "ml-platform"), entry("env", "test"));

    // Update the config (rotated plaintext key, smaller model) and wait for version 2.
    JsonNode updating =
        api.put(
                ENDPOINTS + "/" + name + "/config",
                """
                {"served_entities": [
                   {"name": "azure-chat-mini",
                    "external_model": {"name": "gpt-4o-mini", "provider": "openai", "task": "llm/v1/chat",
                      "openai_config": {"openai_api_type": "azure",
                                        "openai_api_key_plaintext": "%s",
                                        "openai_api_base": "https://gatehouse-e2e.openai.azure.com",
                                        "openai_api_version": "2024-10-21",
                                        "openai_deployment_name": "gpt-4o-mini-prod"}}}]}
                """
                    .formatted(rotatedKey))
            .ok();
    assertThat(updating.path("name").asString())
        .as("name in the PUT /config response")
        .isEqualTo(name);
    assertThat(updating.path("state").path("config_update").asString())
        .isIn("IN_PROGRESS", "NOT_UPDATING");
    if (updating.has("pending_config")) {
      assertThat(updating.path("pending_config").path("config_version").asLong()).isEqualTo(2);
      assertThat(updating.path("pending_config").path("start_time").asLong()).isPositive();
      assertThat(updating.path("config").path("config_version").asLong())
          .as("the old config keeps serving while the update is pending")
          .isEqualTo(1);
    } else {
      assertThat(updating.path("config").path("config_version").asLong()).isEqualTo(2);
    }
    JsonNode updated = api.awaitNotUpdating(name);
    assertThat(updated.path("config").path("config_version").asLong()).isEqualTo(2);
    assertThat(updated.has("pending_config")).isFalse();
    assertThat(updated.path("state").path("ready").asString()).isEqualTo("READY");
    JsonNode newEntity = updated.path("config").path("served_entities").path(0);
    assertThat(newEntity.path("name").asString()).isEqualTo("azure-chat-mini");
    assertThat(newEntity.path("external_model").path("name").asString()).isEqualTo("gpt-4o-mini");
    assertThat(updated.path("config").path("traffic_config").path("routes").path(0))
        .isEqualTo(
            json(
                """
                {"served_entity_name": "azure-chat-mini", "served_model_name": "azure-chat-mini",
                 "traffic_percentage": 100}
                """));
    assertThat(updated.path("id").asString()).isEqualTo(id);
    assertThat(updated.path("creation_timestamp").asLong()).isEqualTo(createdAt);
    assertThat(updated.path("last_updated_timestamp").asLong()).isGreaterThan(createdAt);

    // Tags: add (one without a value), delete, and overwrite an existing key.
    JsonNode tagged =
        api.patch(
                ENDPOINTS + "/" + name + "/tags",
                """
                {"add_tags": [{"key": "owner", "value": "alice"}, {"key": "reviewed"}],
                 "delete_tags": ["env"]}
                """)
            .ok();
    assertThat(tagged.propertyNames()).containsExactly("tags");
    assertThat(tags(tagged))
        .containsOnly(
            entry("team", "ml-platform"), entry("owner", "alice"), entry("reviewed", null));
    JsonNode retagged =
        api.patch(
                ENDPOINTS + "/" + name + "/tags",
                """
                {"add_tags": [{"key": "team", "value": "search"}], "delete_tags": ["reviewed", "absent"]}
                """)
            .ok();
    assertThat(tags(retagged)).containsOnly(entry("team", "search"), entry("owner", "alice"));
    assertThat(tags(api.endpoint(name)))
        .containsOnly(entry("team", "search"), entry("owner", "alice"));

    // AI gateway: put, echoed by PUT and GET; then cleared with {}.
    JsonNode gateway =
        json(
            """
            {"usage_tracking_config": {"enabled": true},
             "inference_table_config": {"enabled": true, "catalog_name": "main",
                                        "schema_name": "gateway", "table_name_prefix": "lifecycle"},
             "rate_limits": [{"key": "user", "calls": 100, "renewal_period": "minute"},
                             {"key": "endpoint", "calls": 1000, "tokens": 50000,
                              "renewal_period": "minute"}],
             "guardrails": {"input": {"safety": true, "pii": {"behavior": "BLOCK"}},
                            "output": {"pii": {"behavior": "MASK"}}},
             "fallback_config": {"enabled": false}}
            """);
    assertThat(api.put(ENDPOINTS + "/" + name + "/ai-gateway", gateway.toString()).ok())
        .isEqualTo(gateway);
    assertThat(api.endpoint(name).path("ai_gateway")).isEqualTo(gateway);
    JsonNode cleared = api.put(ENDPOINTS + "/" + name + "/ai-gateway", "{}").ok();
    assertThat(cleared.isEmpty())
        .as("PUT ai-gateway {} answers an empty config: %s", cleared)
        .isTrue();
    JsonNode afterClear = api.endpoint(name);
    assertThat(afterClear.has("ai_gateway") && !afterClear.get("ai_gateway").isEmpty())
        .as("a cleared gateway is not shown: %s", afterClear.path("ai_gateway"))
        .isFalse();

    // Legacy rate limits (deprecated): echoed by the PUT, never part of GET.
    JsonNode limits =
        json(
            """
            {"rate_limits": [{"calls": 10, "key": "user", "renewal_period": "minute"}]}
            """);
    assertThat(api.put(ENDPOINTS + "/" + name + "/rate-limits", limits.toString()).ok())
        .isEqualTo(limits);
    assertThat(api.endpoint(name).has("rate_limits")).isFalse();

    // Cancel with no update in progress.
    String cancel =
        api.delete(ENDPOINTS + "/" + name + "/pending-config").error(409, "RESOURCE_CONFLICT");
    assertThat(cancel).contains(name);
    assertThat(api.endpoint(name).path("config").path("config_version").asLong()).isEqualTo(2);

    // Delete; then it is gone.
    JsonNode deleted = api.delete(ENDPOINTS + "/" + name).ok();
    assertThat(deleted.isEmpty()).as("DELETE answers {}: %s", deleted).isTrue();
    assertThat(api.get(ENDPOINTS + "/" + name).error(404, "RESOURCE_DOES_NOT_EXIST"))
        .contains(name);
    assertThat(listed(name)).isNull();
    api.delete(ENDPOINTS + "/" + name).error(404, "RESOURCE_DOES_NOT_EXIST");

    // The plaintext keys never came back, in any response, nor went into the server log.
    List<Api.Response> responses = api.responses();
    for (Api.Response response : responses.subList(responsesBefore, responses.size())) {
      assertThat(response.body())
          .as("response of %s", response.request())
          .doesNotContain(plaintextKey)
          .doesNotContain(rotatedKey)
          .doesNotContain("_plaintext");
    }
    assertThat(server.log()).doesNotContain(plaintextKey).doesNotContain(rotatedKey);
  }

  @Test
  void secretReferencesAreEchoed() {
    String name = "lifecycle-secret-ref";
    api.post(ENDPOINTS, createBody(name, "openai", "gpt-4o", "llm/v1/chat")).ok();
    JsonNode openai =
        api.awaitNotUpdating(name)
            .path("config")
            .path("served_entities")
            .path(0)
            .path("external_model")
            .path("openai_config");
    assertThat(openai.path("openai_api_key").asString()).isEqualTo("{{secrets/llm/openai-key}}");
    api.delete(ENDPOINTS + "/" + name).ok();
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  @Test
  void withoutTokenOrWithWrongToken401() {
    Api anonymous = api.as(null);
    Api wrongToken = api.as("ghp_not-a-real-token-" + UUID.randomUUID());
    for (Api client : List.of(anonymous, wrongToken)) {
      client.get(ENDPOINTS).error(401, "UNAUTHENTICATED");
      client.get(ENDPOINTS + "/anything").error(401, "UNAUTHENTICATED");
      client.post(ENDPOINTS, "{\"name\": \"no-auth\"}").error(401, "UNAUTHENTICATED");
      client.get("/api/2.0/external-models").error(401, "UNAUTHENTICATED");
    }
    api.get(ENDPOINTS + "/no-auth").error(404, "RESOURCE_DOES_NOT_EXIST");
  }

  @Test
  void brokenJson400MalformedRequest() {
    api.post(ENDPOINTS, "{\"name\": ").error(400, "MALFORMED_REQUEST");
    api.post(ENDPOINTS, "not json at all").error(400, "MALFORMED_REQUEST");
    api.post(ENDPOINTS, "[1, 2]").error(400, "MALFORMED_REQUEST");
    withEndpoint(
        "malformed-target",
        name -> {
          api.put(ENDPOINTS + "/" + name + "/config", "{\"served_entities\": [")
              .error(400, "MALFORMED_REQUEST");
          api.patch(ENDPOINTS + "/" + name + "/tags", "{").error(400, "MALFORMED_REQUEST");
        });
  }

  @Test
  void unknownField400NamesTheField() {
    String message =
        api.post(ENDPOINTS, "{\"name\": \"unknown-field\", \"colour_of_hat\": \"red\"}")
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(message).contains("colour_of_hat");
    String nested =
        api.post(
                ENDPOINTS,
                """
                {"name": "unknown-nested",
                 "config": {"served_entities": [{"external_model": {
                   "name": "gpt-4o", "provider": "openai", "task": "llm/v1/chat",
                   "openai_config": {"openai_api_key": "{{secrets/llm/k}}", "openai_api_colour": "x"}}}]}}
                """)
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(nested).contains("openai_api_colour");
    assertNotCreated("unknown-field");
    assertNotCreated("unknown-nested");
  }

  @Test
  void wrongType400() {
    String message = api.post(ENDPOINTS, "{\"name\": 42}").error(400, "INVALID_PARAMETER_VALUE");
    assertThat(message).contains("name");
    withEndpoint(
        "wrong-type",
        name -> {
          String percentage =
              api.put(
                      ENDPOINTS + "/" + name + "/config",
                      """
                      {"served_entities": [{"name": "a", "external_model": {
                         "name": "gpt-4o", "provider": "openai", "task": "llm/v1/chat",
                         "openai_config": {"openai_api_key": "{{secrets/llm/k}}"}}}],
                       "traffic_config": {"routes": [{"served_entity_name": "a",
                                                      "traffic_percentage": "all"}]}}
                      """)
                  .error(400, "INVALID_PARAMETER_VALUE");
          assertThat(percentage).contains("traffic_percentage");
          String tagValue =
              api.patch(
                      ENDPOINTS + "/" + name + "/tags",
                      "{\"add_tags\": [{\"key\": \"k\", \"value\": 5}]}")
                  .error(400, "INVALID_PARAMETER_VALUE");
          assertThat(tagValue).contains("value");
        });
  }

  @Test
  void integerOutOfRange400() {
    // calls and tokens are int64; a larger JSON integer is the caller's mistake, not a 500.
    String tooBig = "99999999999999999999";
    String onCreate =
        api.post(
                ENDPOINTS,
                """
                {"name": "out-of-range",
                 "rate_limits": [{"calls": %s, "renewal_period": "minute"}]}
                """
                    .formatted(tooBig))
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(onCreate).contains("calls");
    assertNotCreated("out-of-range");
    withEndpoint(
        "out-of-range-limits",
        name -> {
          String legacy =
              api.put(
                      ENDPOINTS + "/" + name + "/rate-limits",
                      "{\"rate_limits\": [{\"calls\": %s, \"renewal_period\": \"minute\"}]}"
                          .formatted(tooBig))
                  .error(400, "INVALID_PARAMETER_VALUE");
          assertThat(legacy).contains("calls");
          String gateway =
              api.put(
                      ENDPOINTS + "/" + name + "/ai-gateway",
                      "{\"rate_limits\": [{\"tokens\": %s, \"renewal_period\": \"minute\"}]}"
                          .formatted(tooBig))
                  .error(400, "INVALID_PARAMETER_VALUE");
          assertThat(gateway).contains("tokens");
        });
  }

  @Test
  void badEndpointNames400() {
    String badCharacters =
        api.post(ENDPOINTS, "{\"name\": \"bad name!\"}").error(400, "INVALID_PARAMETER_VALUE");
    assertThat(badCharacters).contains("name");
    String longest = "n".repeat(63);
    String tooLong =
        api.post(ENDPOINTS, "{\"name\": \"" + longest + "x\"}")
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(tooLong).contains("63");
    // 63 characters is still fine.
    assertThat(api.post(ENDPOINTS, "{\"name\": \"" + longest + "\"}").ok().path("name").asString())
        .isEqualTo(longest);
    api.delete(ENDPOINTS + "/" + longest).ok();
  }

  @Test
  void modelOutsideTheCatalog400ListsAllowedModels() {
    String message =
        api.post(ENDPOINTS, createBody("not-sanctioned", "openai", "gpt-2-turbo", "llm/v1/chat"))
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(message).contains("gpt-2-turbo").contains("gpt-4o").contains("gpt-4o-mini");
    assertNotCreated("not-sanctioned");
  }

  @Test
  void palmProvider400() {
    String message =
        api.post(
                ENDPOINTS,
                """
                {"name": "palm-endpoint", "config": {"served_entities": [{"external_model": {
                   "name": "chat-bison", "provider": "palm", "task": "llm/v1/chat",
                   "palm_config": {"palm_api_key": "{{secrets/llm/palm-key}}"}}}]}}
                """)
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(message).contains("palm");
    assertNotCreated("palm-endpoint");
  }

  @Test
  void externalEndpointCannotBeConvertedOnConfigUpdate() {
    withEndpoint(
        "no-conversion",
        name -> {
          api.awaitNotUpdating(name);
          String message =
              api.put(
                      ENDPOINTS + "/" + name + "/config",
                      """
                      {"served_entities": [{"entity_name": "main.default.churn", "entity_version": "3",
                                            "workload_size": "Small", "scale_to_zero_enabled": true}]}
                      """)
                  .error(400, "INVALID_PARAMETER_VALUE");
          assertThat(message).contains("cannot be converted");
          JsonNode unchanged = api.endpoint(name);
          assertThat(unchanged.path("config").path("config_version").asLong()).isEqualTo(1);
          assertThat(unchanged.path("state").path("config_update").asString())
              .isEqualTo("NOT_UPDATING");
        });
  }

  @Test
  void nonExternalConfigOnCreate400NotServedYet() {
    String message =
        api.post(
                ENDPOINTS,
                """
                {"name": "hosted-model", "config": {"served_entities": [
                   {"entity_name": "main.default.churn", "entity_version": "3",
                    "workload_size": "Small", "scale_to_zero_enabled": true}]}}
                """)
            .error(400, "INVALID_PARAMETER_VALUE");
    assertThat(message).contains("not served yet");
    assertNotCreated("hosted-model");
  }

  @Test
  void unknownEndpoint404OnEveryRoute() {
    String missing = ENDPOINTS + "/never-created";
    String config = configBody("openai", "gpt-4o", "llm/v1/chat");
    List<Api.Response> responses =
        List.of(
            api.get(missing),
            api.delete(missing),
            api.put(missing + "/config", config),
            api.patch(missing + "/tags", "{\"add_tags\": [{\"key\": \"k\"}]}"),
            api.put(missing + "/ai-gateway", "{}"),
            api.put(missing + "/rate-limits", "{\"rate_limits\": []}"),
            api.delete(missing + "/pending-config"));
    for (Api.Response response : responses) {
      assertThat(response.error(404, "RESOURCE_DOES_NOT_EXIST")).contains("never-created");
    }
  }

  @Test
  void duplicateName409() {
    withEndpoint(
        "duplicate",
        name -> {
          String message =
              api.post(ENDPOINTS, "{\"name\": \"" + name + "\"}")
                  .error(409, "RESOURCE_ALREADY_EXISTS");
          assertThat(message).contains(name).contains("already exists");
        });
  }

  @Test
  void unknownRoute404EndpointNotFound() {
    api.get("/api/2.0/serving-endpoints-typo").error(404, "ENDPOINT_NOT_FOUND");
    api.get("/api/2.0/serving-endpoints/a/b/c/d").error(404, "ENDPOINT_NOT_FOUND");
    api.get("/no-such-page").error(404, "ENDPOINT_NOT_FOUND");
  }

  @Test
  void wrongMethod405() {
    Api.Response onCollection = api.send("PATCH", ENDPOINTS, "{}");
    onCollection.error(405, "METHOD_NOT_ALLOWED");
    assertThat(onCollection.headers().firstValue("Allow")).as("Allow header").isPresent();
    withEndpoint(
        "wrong-method",
        name -> {
          api.post(ENDPOINTS + "/" + name, "{}").error(405, "METHOD_NOT_ALLOWED");
          api.get(ENDPOINTS + "/" + name + "/tags").error(405, "METHOD_NOT_ALLOWED");
        });
  }

  @Test
  void bodyOverTheLimit413() {
    String description = "x".repeat(MAX_BODY_BYTES + 1000);
    String body = "{\"name\": \"too-large\", \"description\": \"" + description + "\"}";
    api.post(ENDPOINTS, body).error(413, "REQUEST_ENTITY_TOO_LARGE");
    // The same without a Content-Length (chunked): the limit still holds.
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    api.send(
            "POST",
            ENDPOINTS,
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
            true)
        .error(413, "REQUEST_ENTITY_TOO_LARGE");
    assertNotCreated("too-large");
    // Just under the limit the body is read and validated (the description is too long for the
    // schema): a 400, not a 413.
    String fits = "{\"name\": \"fits\", \"description\": \"" + "y".repeat(60_000) + "\"}";
    assertThat(api.post(ENDPOINTS, fits).error(400, "INVALID_PARAMETER_VALUE"))
        .contains("description");
    assertNotCreated("fits");
  }

  // ---------------------------------------------------------------------------------------------

  private static Map.Entry<String, String> entry(String key, String value) {
    return new java.util.AbstractMap.SimpleImmutableEntry<>(key, value);
  }

  /** The tags of an endpoint or of a PATCH response, in order, key to value (null if none). */
  private static List<Map.Entry<String, String>> tags(JsonNode withTags) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : withTags.path("tags")) {
      JsonNode value = tag.get("value");
      tags.put(
          tag.path("key").asString(), value == null || value.isNull() ? null : value.asString());
    }
    assertThat(tags)
        .as("distinct tag keys in %s", withTags.path("tags"))
        .hasSize(withTags.path("tags").size());
    return tags.entrySet().stream().map(e -> entry(e.getKey(), e.getValue())).toList();
  }

  private static JsonNode listed(String name) {
    JsonNode endpoints = api.get(ENDPOINTS).ok().path("endpoints");
    assertThat(endpoints.isArray()).as("endpoints is an array").isTrue();
    return StreamSupport.stream(endpoints.spliterator(), false)
        .filter(e -> e.path("name").asString().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static void assertNotCreated(String name) {
    api.get(ENDPOINTS + "/" + name).error(404, "RESOURCE_DOES_NOT_EXIST");
  }

  private static String configBody(String provider, String model, String task) {
    return """
        {"served_entities": [{"external_model": {"name": "%s", "provider": "%s", "task": "%s",
           "openai_config": {"openai_api_key": "{{secrets/llm/openai-key}}"}}}]}
        """
        .formatted(model, provider, task);
  }

  private static String createBody(String name, String provider, String model, String task) {
    return "{\"name\": \"%s\", \"config\": %s}".formatted(name, configBody(provider, model, task));
  }

  /** Creates an OpenAI gpt-4o endpoint, runs the check, and deletes the endpoint again. */
  private static void withEndpoint(String name, java.util.function.Consumer<String> check) {
    api.post(ENDPOINTS, createBody(name, "openai", "gpt-4o", "llm/v1/chat")).ok();
    try {
      check.accept(name);
    } finally {
      api.delete(ENDPOINTS + "/" + name);
    }
  }

  @Test
  void healthMetricsAndOpenApiAreServed() {
    Api anonymous = Api.anonymous(server.baseUri());
    JsonNode ready = anonymous.get("/health/ready").ok();
    assertThat(ready.path("status").asString()).isEqualTo("UP");
    assertThat(ready.path("checks").findValuesAsString("name")).contains("database");

    Api.Response metrics = anonymous.getAnyType("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE");

    Api.Response openapi = anonymous.getAnyType("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("title: Gatehouse").contains("/api/2.0/serving-endpoints");
  }
}
