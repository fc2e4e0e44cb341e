package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
 * Secrets on a real Payara Micro with H2: the Databricks secrets API over HTTP, plaintext
 * credentials that exist only as ciphertext, readiness failing on a missing reference, new values
 * used without an endpoint update, the READ rule, and master-key rotation. A test-only resource
 * looks where the API does not let anyone look: the resolver and every text column of the database.
 */
@ExtendWith(ArquillianExtension.class)
class SecretsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(SecretsProbeResource.class);
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
  }

  private Api.Reply post(String path, String json) {
    return api.post("api/2.0/secrets/" + path, json);
  }

  private void ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
  }

  private void createScope(String scope) {
    ok(post("scopes/create", "{\"scope\":\"" + scope + "\"}"));
  }

  private void put(String scope, String key, String value) {
    ok(
        post(
            "put",
            "{\"scope\":\"%s\",\"key\":\"%s\",\"string_value\":\"%s\"}"
                .formatted(scope, key, value)));
  }

  private String resolve(String scope, String key) {
    return api.text("GET", "it/secrets/resolve?scope=" + scope + "&key=" + key);
  }

  private String columnsContaining(String text) {
    return api.text(
        "GET",
        "it/secrets/columns-containing?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
  }

  private String logCount(String text) {
    return api.text(
        "GET", "it/secrets/log/count?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
  }

  private static String chatConfig(String openaiBlock) {
    return """
        {"served_entities":[{"external_model":{"name":"gpt-4o","provider":"openai",
          "task":"llm/v1/chat","openai_config":%s}}]}"""
        .formatted(openaiBlock);
  }

  private JsonNode awaitState(String name, String configUpdate) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> api.get("api/2.0/serving-endpoints/" + name).body(),
            body -> configUpdate.equals(body.path("state").path("config_update").asString()));
  }

  @Test
  void scopesSecretsAndAclsFollowTheDatabricksApi() {
    createScope("api-scope");
    Api.Reply duplicate = post("scopes/create", "{\"scope\":\"api-scope\"}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
    assertThat(api.get("api/2.0/secrets/scopes/list").body().path("scopes").toString())
        .contains("{\"name\":\"api-scope\",\"backend_type\":\"DATABRICKS\"}");

    put("api-scope", "text", "sk-api-canary");
    ok(
        post(
            "put",
            "{\"scope\":\"api-scope\",\"key\":\"bytes\",\"bytes_value\":\""
                + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})
                + "\"}"));
    JsonNode listed = api.get("api/2.0/secrets/list?scope=api-scope").body();
    assertThat(listed.path("secrets").findValuesAsString("key")).containsExactly("bytes", "text");
    assertThat(listed.path("secrets").path(0).path("last_updated_timestamp").asLong()).isPositive();
    assertThat(listed.toString()).doesNotContain("canary");

    Api.Reply get = api.get("api/2.0/secrets/get?scope=api-scope&key=text");
    assertThat(get.status()).isEqualTo(403);
    assertThat(get.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(get.body().toString()).doesNotContain("canary");

    Api.Reply both =
        post(
            "put",
            "{\"scope\":\"api-scope\",\"key\":\"k\",\"string_value\":\"a\",\"bytes_value\":\"YQ==\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.message()).contains("exactly one of string_value or bytes_value");
    Api.Reply missing = post("put", "{\"scope\":\"nope\",\"key\":\"k\",\"string_value\":\"a\"}");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");

    ok(post("acls/put", "{\"scope\":\"api-scope\",\"principal\":\"ml\",\"permission\":\"READ\"}"));
    assertThat(api.get("api/2.0/secrets/acls/get?scope=api-scope&principal=ml").body().toString())
        .isEqualTo("{\"principal\":\"ml\",\"permission\":\"READ\"}");
    assertThat(api.get("api/2.0/secrets/acls/list?scope=api-scope").body().path("items").toString())
        .isEqualTo(
            "[{\"principal\":\"admin\",\"permission\":\"MANAGE\"},"
                + "{\"principal\":\"ml\",\"permission\":\"READ\"}]");
    ok(post("acls/delete", "{\"scope\":\"api-scope\",\"principal\":\"ml\"}"));
    assertThat(api.get("api/2.0/secrets/acls/get?scope=api-scope&principal=ml").status())
        .isEqualTo(404);

    ok(post("delete", "{\"scope\":\"api-scope\",\"key\":\"bytes\"}"));
    ok(post("scopes/delete", "{\"scope\":\"api-scope\"}"));
    assertThat(api.get("api/2.0/secrets/list?scope=api-scope").status()).isEqualTo(404);

    List<String> actions = new ArrayList<>();
    api.get("api/2.0/audit-events?target_type=secret&target_name=api-scope/text")
        .body()
        .path("events")
        .forEach(
            e -> actions.add(e.path("action").asString() + " " + e.path("outcome").asString()));
    assertThat(actions).containsExactly("secret.get DENIED", "secret.put SUCCESS");
    assertThat(columnsContaining("sk-api-canary")).isEmpty();
  }

  @Test
  void aPlaintextCredentialExistsOnlyAsCiphertextAndNeverInAResponse() {
    String canary = "sk-plaintext-canary-9c1e";
    api.text("POST", "it/secrets/log/capture");
    List<String> bodies = new ArrayList<>();
    Api.Reply created =
        api.post(
            "api/2.0/serving-endpoints",
            "{\"name\":\"plain\",\"config\":"
                + chatConfig("{\"openai_api_key_plaintext\":\"" + canary + "\"}")
                + "}");
    ok(created);
    bodies.add(created.body().toString());
    JsonNode ready = awaitState("plain", "NOT_UPDATING");
    bodies.add(ready.toString());
    bodies.add(api.get("api/2.0/serving-endpoints").body().toString());
    assertThat(
            ready
                .path("config")
                .path("served_entities")
                .path(0)
                .path("external_model")
                .path("openai_config")
                .toString())
        .isEqualTo("{}");

    String endpointId = ready.path("id").asString();
    String key = endpointId + ".v1.e0.openai_config.openai_api_key";
    assertThat(resolve("gatehouse-managed", key)).isEqualTo(canary);
    assertThat(api.text("GET", "it/secrets/rows?scope=gatehouse-managed")).startsWith(key + " mk-");

    String failing = "sk-plaintext-canary-2-4d2b";
    Api.Reply update =
        api.put(
            "api/2.0/serving-endpoints/plain/config",
            "{\"served_entities\":[{\"external_model\":{\"name\":"
                + "\"anthropic.claude-3-haiku-20240307-v1:0\",\"provider\":\"amazon-bedrock\","
                + "\"task\":\"llm/v1/chat\",\"amazon_bedrock_config\":{\"aws_region\":"
                + "\"us-east-1\",\"bedrock_provider\":\"anthropic\",\"aws_access_key_id\":"
                + "\"{{secrets/nowhere/id}}\",\"aws_secret_access_key_plaintext\":\""
                + failing
                + "\"}}}]}");
    ok(update);
    bodies.add(update.body().toString());
    JsonNode failed = awaitState("plain", "UPDATE_FAILED");
    assertThat(failed.path("state").path("config_update_message").asString())
        .contains("{{secrets/nowhere/id}}");
    bodies.add(failed.toString());
    bodies.add(api.get("api/2.0/audit-events").body().toString());
    bodies.add(api.get("api/2.0/secrets/list?scope=gatehouse-managed").body().toString());

    assertThat(String.join("\n", bodies)).doesNotContain(canary).doesNotContain(failing);
    assertThat(logCount("Serving endpoint 'plain' now serves config version 1"))
        .as("the log capture works")
        .isEqualTo("1");
    assertThat(logCount(canary)).as("log records holding the first canary").isEqualTo("0");
    assertThat(logCount(failing)).as("log records holding the second canary").isEqualTo("0");
    assertThat(columnsContaining(canary)).as("columns holding the first canary").isEmpty();
    assertThat(columnsContaining(failing)).as("columns holding the second canary").isEmpty();
    assertThat(columnsContaining("gatehouse-managed/" + endpointId))
        .as("the stored configs hold managed references instead")
        .contains("ENDPOINT_CONFIG_VERSIONS.CONFIG");

    ok(api.delete("api/2.0/serving-endpoints/plain"));
    assertThat(api.text("GET", "it/secrets/rows?scope=gatehouse-managed"))
        .doesNotContain(endpointId);
  }

  @Test
  void aReferenceThatDoesNotResolveFailsTheUpdateAndTheOldConfigKeepsServing() {
    createScope("ready");
    put("ready", "openai", "sk-ready");
    ok(
        api.post(
            "api/2.0/serving-endpoints",
            "{\"name\":\"dangling\",\"config\":"
                + chatConfig("{\"openai_api_key\":\"{{secrets/ready/openai}}\"}")
                + "}"));
    awaitState("dangling", "NOT_UPDATING");

    ok(
        api.put(
            "api/2.0/serving-endpoints/dangling/config",
            chatConfig("{\"openai_api_key\":\"{{secrets/ready/missing}}\"}")));

    JsonNode failed = awaitState("dangling", "UPDATE_FAILED");
    assertThat(failed.path("state").path("config_update_message").asString())
        .startsWith("Update to config version 2 failed: secret reference {{secrets/ready/missing}}")
        .doesNotContain("sk-ready");
    assertThat(failed.path("state").path("ready").asString()).isEqualTo("READY");
    assertThat(failed.path("config").path("config_version").asInt()).isEqualTo(1);
    assertThat(failed.path("config").toString()).contains("{{secrets/ready/openai}}");
  }

  @Test
  void aNewValueUnderTheSameKeyIsWhatGatehouseResolvesWithoutAnEndpointUpdate() {
    createScope("rotating");
    put("rotating", "key", "value-1");
    assertThat(resolve("rotating", "key")).isEqualTo("value-1");

    put("rotating", "key", "value-2");

    assertThat(resolve("rotating", "key")).isEqualTo("value-2");
  }

  @Test
  void referencingASecretNeedsReadOnItsScope() {
    createScope("guarded");
    put("guarded", "openai", "sk-guarded");
    Api bob = api.newPrincipal("USER", "bob");
    String request =
        "{\"name\":\"bobs\",\"config\":"
            + chatConfig("{\"openai_api_key\":\"{{secrets/guarded/openai}}\"}")
            + "}";

    Api.Reply refused = bob.post("api/2.0/serving-endpoints", request);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(refused.message()).contains("'bob' needs READ on secret scope 'guarded'");
    assertThat(bob.get("api/2.0/serving-endpoints/bobs").status()).isEqualTo(404);
    assertThat(bob.get("api/2.0/secrets/list?scope=guarded").status()).isEqualTo(403);

    ok(post("acls/put", "{\"scope\":\"guarded\",\"principal\":\"bob\",\"permission\":\"READ\"}"));

    ok(bob.post("api/2.0/serving-endpoints", request));
    assertThat(awaitState("bobs", "NOT_UPDATING").path("creator").asString()).isEqualTo("bob");
    assertThat(bob.get("api/2.0/secrets/list?scope=guarded").status()).isEqualTo(200);
    assertThat(bob.get("api/2.0/secrets/get?scope=guarded&key=openai").status()).isEqualTo(403);
  }

  @Test
  void masterKeyRotationKeepsEverySecretResolvableAndLeavesNoneUnderTheRetiredKey() {
    createScope("keys");
    for (int i = 0; i < 5; i++) {
      put("keys", "k" + i, "value-" + i);
    }
    JsonNode before = api.get("api/2.0/secrets/master-keys").body();
    String old = before.path("keys").path(0).path("key_id").asString();
    assertThat(before.path("keys").path(0).path("current").asBoolean()).isTrue();

    Api.Reply rotated = api.post("api/2.0/secrets/master-keys/rotate", null);
    ok(rotated);
    String current = rotated.body().path("current_key_id").asString();
    assertThat(current).isNotEqualTo(old).startsWith("mk-");
    assertThat(rotated.body().path("previous_key_id").asString()).isEqualTo(old);
    assertThat(rotated.body().path("re_encrypted").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(api.text("GET", "it/secrets/rows?scope=keys"))
        .doesNotContain(old)
        .contains("k0 " + current);

    Api.Reply currentRefused = api.delete("api/2.0/secrets/master-keys/" + current);
    assertThat(currentRefused.status()).isEqualTo(409);
    ok(api.delete("api/2.0/secrets/master-keys/" + old));
    assertThat(api.get("api/2.0/secrets/master-keys").body().toString()).doesNotContain(old);
    assertThat(api.delete("api/2.0/secrets/master-keys/" + old).status()).isEqualTo(404);

    for (int i = 0; i < 5; i++) {
      assertThat(resolve("keys", "k" + i)).isEqualTo("value-" + i);
    }
  }
}
