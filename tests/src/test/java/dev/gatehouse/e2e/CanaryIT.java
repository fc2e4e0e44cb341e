package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The canary test of issue 3: one random secret value is put through every path that carries a
 * credential (secret put, {@code *_plaintext} in a config, failed and refused updates), then
 * everything is read back (endpoints, audit trail, SCIM, tokens, secrets, ACLs, permissions). The
 * value must appear in no HTTP response, not in the server log, and not in the database files
 * outside its ciphertext column: the raw value, nor its base64 or hex form. Meanwhile Gatehouse
 * must still have read it when it needed to: endpoints that use it become ready, and a master-key
 * rotation re-encrypts every secret without an unreadable one.
 *
 * <p>The database check reads the raw bytes of every file under {@code <data dir>/db/} after the
 * server stopped. H2 keeps text in clear, which a control string (an endpoint tag value, stored as
 * is on purpose) proves: the scan must find the control, or it proves nothing.
 */
class CanaryIT {
  private static final String EP = "/api/2.0/serving-endpoints";
  private static final String SCIM = "/api/2.0/preview/scim/v2";
  private static final String SECRETS = "/api/2.0/secrets";
  private static final String MANAGED = "gatehouse-managed";

  @TempDir Path dataDir;

  @Test
  void theCanaryNeverComesBack() throws IOException {
    String canary = "canary-" + UUID.randomUUID();
    String control = "control-" + UUID.randomUUID();
    String adminToken = "canary-admin-" + UUID.randomUUID();
    Map<String, String> forms = encodedForms(canary);

    GatehouseProcess server =
        GatehouseProcess.start("CanaryIT", dataDir, Map.of("GATEHOUSE_ADMIN_TOKEN", adminToken));
    List<Api.Response> responses;
    try {
      responses = exercise(Api.withToken(server.baseUri(), adminToken), canary, control);
    } finally {
      server.stop();
    }
    String serverLog = server.log();

    // 1. No HTTP response, body or header, carries the canary in any form.
    List<String> leaks = new ArrayList<>();
    for (Api.Response response : responses) {
      String seen = response.headers().map() + "\n" + response.body();
      forms.forEach(
          (form, value) -> {
            int at = seen.indexOf(value);
            if (at >= 0) {
              leaks.add(
                  "response to %s (%d) holds the canary (%s): …%s…"
                      .formatted(
                          response.request(),
                          response.status(),
                          form,
                          seen.substring(
                              Math.max(0, at - 120),
                              Math.min(seen.length(), at + value.length() + 40))));
            }
          });
    }
    assertThat(responses.size()).as("responses recorded").isGreaterThan(60);

    // 2. Nor does the server log.
    forms.forEach(
        (form, value) -> {
          if (serverLog.contains(value)) {
            leaks.add("the server log " + server.logFile() + " holds the canary (" + form + ")");
          }
        });

    // 3. Nor the database files, where the control string shows that text is stored readably.
    Path db = dataDir.resolve("db");
    assertThat(db.resolve("gatehouse.mv.db")).as("the H2 database file").isRegularFile();
    boolean controlFound = false;
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        boolean inDb = file.startsWith(db);
        if (inDb && contains(bytes, control.getBytes(StandardCharsets.UTF_8))) {
          controlFound = true;
        }
        // Every file under db/ is checked for every form; the rest of the data directory (master
        // keys, Payara's runtime directory) for the raw value.
        for (Map.Entry<String, String> form : forms.entrySet()) {
          if ((inDb || form.getKey().equals("UTF-8"))
              && contains(bytes, form.getValue().getBytes(StandardCharsets.UTF_8))) {
            leaks.add("file " + file + " holds the canary (" + form.getKey() + ")");
          }
        }
      }
    }
    assertThat(controlFound)
        .as(
            "the control string %s (an endpoint tag value) is found in the files under %s, so the"
                + " scan can see stored text",
            control, db)
        .isTrue();
    assertThat(leaks).as("places the canary %s leaked to", canary).isEmpty();
  }

  /** Puts the canary through every path and reads everything back; returns every response. */
  private static List<Api.Response> exercise(Api admin, String canary, String control) {
    // A service principal with a token and no grants, a user and a group: principals to list.
    JsonNode bot =
        created(admin.post(SCIM + "/ServicePrincipals", "{\"displayName\": \"canary-bot\"}"));
    String botAppId = bot.path("applicationId").asString();
    String botToken =
        admin
            .post(
                "/api/2.0/token-management/on-behalf-of/tokens",
                "{\"application_id\": \"%s\", \"comment\": \"canary bot\"}".formatted(botAppId))
            .ok()
            .path("token_value")
            .asString();
    Api botApi = admin.as(botToken);
    JsonNode user =
        created(admin.post(SCIM + "/Users", "{\"userName\": \"canary-user@example.com\"}"));
    created(
        admin.post(
            SCIM + "/Groups",
            "{\"displayName\": \"canary-group\", \"members\": [{\"value\": \"%s\"}, {\"value\": \"%s\"}]}"
                .formatted(user.path("id").asString(), bot.path("id").asString())));
    admin.post("/api/2.0/token/create", "{\"lifetime_seconds\": 3600, \"comment\": \"c\"}").ok();

    // --- Secret put: as a string, as bytes, and replaced (a rotation of the credential).
    admin.post(SECRETS + "/scopes/create", "{\"scope\": \"canary-scope\"}").ok();
    admin
        .post(
            SECRETS + "/acls/put",
            "{\"scope\": \"canary-scope\", \"principal\": \"canary-group\", \"permission\": \"READ\"}")
        .ok();
    putString(admin, "canary-scope", "string", canary).ok();
    putString(admin, "canary-scope", "string", canary).ok();
    admin
        .post(
            SECRETS + "/put",
            "{\"scope\": \"canary-scope\", \"key\": \"bytes\", \"bytes_value\": \"%s\"}"
                .formatted(
                    Base64.getEncoder().encodeToString(canary.getBytes(StandardCharsets.UTF_8))))
        .ok();
    // Refused puts: the bot may not write here, nobody may write to the managed scope.
    putString(botApi, "canary-scope", "string", canary).error(403, "PERMISSION_DENIED");
    putString(admin, MANAGED, "stolen", canary).error(403, "PERMISSION_DENIED");
    admin.get(SECRETS + "/get?scope=canary-scope&key=string").error(403, "PERMISSION_DENIED");

    // --- *_plaintext in a config, by the admin (with the control tag) and by the bot.
    JsonNode plain =
        admin
            .post(
                EP,
                """
                {"name": "canary-plain", "config": %s,
                 "tags": [{"key": "control", "value": "%s"}]}"""
                    .formatted(openai(canary), control))
            .ok();
    String plainId = plain.path("id").asString();
    botApi
        .post(EP, "{\"name\": \"canary-bot-plain\", \"config\": %s}".formatted(openai(canary)))
        .ok();
    // A reference to the canary secret.
    admin
        .post(
            EP,
            """
            {"name": "canary-ref", "config": {"served_entities": [{"external_model": {
               "name": "gpt-4o", "provider": "openai", "task": "llm/v1/chat",
               "openai_config": {"openai_api_key": "{{secrets/canary-scope/string}}"}}}]}}""")
        .ok();
    // Gatehouse read the values: each config became ready, which needs every secret it uses.
    for (String name : List.of("canary-plain", "canary-bot-plain", "canary-ref")) {
      JsonNode ready = settled(admin, name);
      assertThat(ready.path("state").path("config_update").asString())
          .as("%s became ready, so its secret was decrypted: %s", name, ready)
          .isEqualTo("NOT_UPDATING");
      assertThat(ready.path("state").path("ready").asString()).isEqualTo("READY");
    }

    // --- A config update that fails readiness: a plaintext canary next to a missing reference.
    admin.put(EP + "/canary-plain/config", bedrock(canary)).ok();
    JsonNode failed = settled(admin, "canary-plain");
    assertThat(failed.path("state").path("config_update").asString())
        .as("the update with a missing reference fails: %s", failed)
        .isEqualTo("UPDATE_FAILED");
    assertThat(failed.path("state").path("config_update_message").asString())
        .contains("{{secrets/canary-scope/missing}}");
    assertThat(failed.path("config").path("config_version").asInt())
        .as("the old config keeps serving")
        .isEqualTo(1);
    // The same as a first config.
    admin
        .post(EP, "{\"name\": \"canary-first-fail\", \"config\": %s}".formatted(bedrock(canary)))
        .ok();
    assertThat(settled(admin, "canary-first-fail").path("state").path("config_update").asString())
        .isEqualTo("UPDATE_FAILED");

    // --- Refused updates carrying the canary.
    // Not allowed: the bot holds nothing on canary-plain.
    botApi.put(EP + "/canary-plain/config", openai(canary)).error(403, "PERMISSION_DENIED");
    // A rule broken (§4): both the reference and the plaintext set.
    admin
        .put(
            EP + "/canary-ref/config",
            """
            {"served_entities": [{"external_model": {"name": "gpt-4o", "provider": "openai",
               "task": "llm/v1/chat", "openai_config": {
                 "openai_api_key": "{{secrets/canary-scope/string}}",
                 "openai_api_key_plaintext": "%s"}}}]}"""
                .formatted(canary))
        .error(400, "INVALID_PARAMETER_VALUE");
    // Traffic that does not add up, on create.
    admin
        .post(
            EP,
            """
            {"name": "canary-bad-traffic", "config": {"served_entities": [{"name": "a",
               "external_model": {"name": "gpt-4o", "provider": "openai", "task": "llm/v1/chat",
                 "openai_config": {"openai_api_key_plaintext": "%s"}}}],
               "traffic_config": {"routes": [{"served_entity_name": "a", "traffic_percentage": 90}]}}}"""
                .formatted(canary))
        .error(400, "INVALID_PARAMETER_VALUE");
    // The raw credential in the reference field: a schema error that must not echo the value.
    admin
        .put(
            EP + "/canary-ref/config",
            """
            {"served_entities": [{"external_model": {"name": "gpt-4o", "provider": "openai",
               "task": "llm/v1/chat", "openai_config": {"openai_api_key": "%s"}}}]}"""
                .formatted(canary))
        .error(400, "INVALID_PARAMETER_VALUE");
    // A name already taken.
    admin
        .post(EP, "{\"name\": \"canary-plain\", \"config\": %s}".formatted(openai(canary)))
        .error(409, "RESOURCE_ALREADY_EXISTS");
    // Broken JSON after the value.
    admin
        .post(EP, "{\"name\": \"canary-broken\", \"config\": %s,}".formatted(openai(canary)))
        .error(400, "MALFORMED_REQUEST");
    admin
        .post(
            SECRETS + "/put",
            "{\"scope\": \"canary-scope\", \"key\": \"k\", \"string_value\": \"%s\" \"x\"}"
                .formatted(canary))
        .error(400, "MALFORMED_REQUEST");

    // --- Rotation decrypts and re-encrypts every secret: none may be unreadable.
    JsonNode rotation = admin.post(SECRETS + "/master-keys/rotate", null).ok();
    assertThat(rotation.path("unreadable").isEmpty()).as("rotation: %s", rotation).isTrue();
    assertThat(rotation.path("re_encrypted").asInt())
        .as("secrets re-encrypted: the canary scope's two and the managed ones")
        .isGreaterThanOrEqualTo(4);
    admin.get(SECRETS + "/master-keys").ok();

    // --- Read everything back.
    for (Api api : List.of(admin, botApi)) {
      api.get(EP).ok();
      api.get(SCIM + "/Me").ok();
      api.get(SCIM + "/Users").ok();
      api.get(SCIM + "/Groups").ok();
      api.get(SCIM + "/ServicePrincipals").ok();
      api.get("/api/2.0/token/list").ok();
      api.get(SECRETS + "/scopes/list").ok();
      api.get(SECRETS + "/list?scope=canary-scope").ok();
    }
    for (String name :
        List.of("canary-plain", "canary-bot-plain", "canary-ref", "canary-first-fail")) {
      JsonNode endpoint = admin.endpoint(name);
      admin.get("/api/2.0/permissions/serving-endpoints/" + endpoint.path("id").asString()).ok();
      admin
          .get(
              "/api/2.0/permissions/serving-endpoints/"
                  + endpoint.path("id").asString()
                  + "/permissionLevels")
          .ok();
    }
    botApi.endpoint("canary-bot-plain");
    JsonNode tokens = admin.get("/api/2.0/token-management/tokens").ok();
    for (JsonNode token : tokens.path("token_infos")) {
      admin.get("/api/2.0/token-management/tokens/" + token.path("token_id").asString()).ok();
    }
    admin.get(SCIM + "/Users/" + user.path("id").asString()).ok();
    admin.get(SCIM + "/ServicePrincipals/" + bot.path("id").asString()).ok();
    admin.get(SECRETS + "/acls/list?scope=canary-scope").ok();
    admin.get(SECRETS + "/acls/get?scope=canary-scope&principal=canary-group").ok();
    admin.get(SECRETS + "/acls/list?scope=" + MANAGED);

    // The managed secret of canary-plain's first config exists (its key only, never the value),
    // and its put is in the audit trail.
    JsonNode managed = admin.get(SECRETS + "/list?scope=" + MANAGED).ok().path("secrets");
    List<String> managedKeys = managed.findValuesAsString("key");
    String plainKey = plainId + ".v1.e0.openai_config.openai_api_key";
    assertThat(managedKeys).as("keys of %s", MANAGED).contains(plainKey);

    // The whole audit trail, page by page, and filtered.
    List<JsonNode> events = new ArrayList<>();
    String pageToken = null;
    do {
      JsonNode page =
          admin
              .get(
                  "/api/2.0/audit-events?max_results=7"
                      + (pageToken == null ? "" : "&page_token=" + pageToken))
              .ok();
      page.path("events").forEach(events::add);
      pageToken = page.path("next_page_token").asString(null);
    } while (pageToken != null);
    assertThat(events.size()).as("audit events").isGreaterThan(20);
    assertThat(events)
        .as("the audit trail records the put of %s/%s", MANAGED, plainKey)
        .anyMatch(
            e ->
                e.path("action").asString().equals("secret.put")
                    && e.path("target_name").asString().equals(MANAGED + "/" + plainKey));
    assertThat(events)
        .as("the audit trail records the refused secret.get")
        .anyMatch(e -> e.path("action").asString().equals("secret.get"));
    for (String query :
        List.of(
            "target_type=secret",
            "target_type=serving-endpoint&target_name=canary-plain",
            "target_name=" + URLEncoder.encode(MANAGED + "/" + plainKey, StandardCharsets.UTF_8),
            "principal=" + botAppId)) {
      assertThat(admin.get("/api/2.0/audit-events?" + query).ok().path("events").isEmpty())
          .as("audit events for %s", query)
          .isFalse();
    }
    return admin.responses();
  }

  private static Api.Response putString(Api api, String scope, String key, String value) {
    return api.post(
        SECRETS + "/put",
        "{\"scope\": \"%s\", \"key\": \"%s\", \"string_value\": \"%s\"}"
            .formatted(scope, key, value));
  }

  /** An OpenAI config with the value as plaintext key. */
  private static String openai(String plaintext) {
    return """
        {"served_entities": [{"external_model": {"name": "gpt-4o", "provider": "openai",
           "task": "llm/v1/chat", "openai_config": {"openai_api_key_plaintext": "%s"}}}]}"""
        .formatted(plaintext);
  }

  /** A Bedrock config: the value as plaintext key id, the secret key a missing reference. */
  private static String bedrock(String plaintext) {
    return """
        {"served_entities": [{"external_model": {
           "name": "anthropic.claude-3-5-sonnet-20240620-v1:0", "provider": "amazon-bedrock",
           "task": "llm/v1/chat", "amazon_bedrock_config": {
             "aws_region": "eu-central-1", "bedrock_provider": "anthropic",
             "aws_access_key_id_plaintext": "%s",
             "aws_secret_access_key": "{{secrets/canary-scope/missing}}"}}}]}"""
        .formatted(plaintext);
  }

  private static JsonNode created(Api.Response response) {
    assertThat(response.status())
        .as("status of %s: %s", response.request(), response.body())
        .isEqualTo(201);
    return response.json();
  }

  /** Polls the endpoint until its update is no longer IN_PROGRESS. */
  private static JsonNode settled(Api api, String name) {
    AtomicReference<JsonNode> last = new AtomicReference<>();
    await("update of " + name + " to finish")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              last.set(api.endpoint(name));
              return !last.get()
                  .path("state")
                  .path("config_update")
                  .asString()
                  .equals("IN_PROGRESS");
            });
    return last.get();
  }

  /**
   * The canary as it would look stored in clear or lazily encoded: UTF-8; base64 (standard and
   * URL-safe) at each of the three alignments it could have inside a longer encoded string; hex.
   */
  static Map<String, String> encodedForms(String canary) {
    byte[] raw = canary.getBytes(StandardCharsets.UTF_8);
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("UTF-8", canary);
    for (int offset = 0; offset < 3; offset++) {
      byte[] shifted = new byte[offset + raw.length];
      System.arraycopy(raw, 0, shifted, offset, raw.length);
      String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
      // Drop the characters that mix in the shift bytes and the last, partial group.
      int start = offset == 0 ? 0 : 4;
      int end = (shifted.length / 3) * 4;
      String core = encoded.substring(start, end);
      forms.put("base64 at offset " + offset, core);
      forms.put("base64url at offset " + offset, core.replace('+', '-').replace('/', '_'));
    }
    forms.put("hex", HexFormat.of().formatHex(raw));
    forms.put("HEX", HexFormat.of().withUpperCase().formatHex(raw));
    return forms;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
