package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What a user keeps across a restart: the generated token and every endpoint, unchanged. */
class RestartIT {
  private static final String ENDPOINTS = "/api/2.0/serving-endpoints";

  @Test
  void endpointsAndGeneratedTokenSurviveARestart(@TempDir Path dataDir) throws IOException {
    String token;
    Map<String, JsonNode> before;
    try (GatehouseProcess first = GatehouseProcess.start("RestartIT-first", dataDir)) {
      // No GATEHOUSE_ADMIN_TOKEN: the first start generated one, readable only by its owner.
      Path tokenFile = first.adminTokenFile();
      assertThat(tokenFile).isRegularFile();
      assertThat(Files.getPosixFilePermissions(tokenFile))
          .as("mode of %s", tokenFile)
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      token = first.generatedAdminToken();
      assertThat(token).isNotBlank();
      Api api = Api.withToken(first.baseUri(), token);
      api.putSecret("llm", "openai-key", "sk-e2e-openai");
      api.putSecret("llm", "cohere-key", "e2e-cohere");

      api.post(
              ENDPOINTS,
              """
              {"name": "restart-chat", "description": "kept across restarts",
               "config": {"served_entities": [{"external_model": {
                  "name": "gpt-4o", "provider": "openai", "task": "llm/v1/chat",
                  "openai_config": {"openai_api_key": "{{secrets/llm/openai-key}}"}}}]},
               "tags": [{"key": "team", "value": "search"}, {"key": "tier"}]}
              """)
          .ok();
      api.post(
              ENDPOINTS,
              """
              {"name": "restart-embeddings",
               "config": {"served_entities": [{"name": "embed", "external_model": {
                  "name": "embed-english-v3.0", "provider": "cohere", "task": "llm/v1/embeddings",
                  "cohere_config": {"cohere_api_key": "{{secrets/llm/cohere-key}}"}}}]},
               "tags": [{"key": "team", "value": "rag"}]}
              """)
          .ok();
      api.awaitNotUpdating("restart-chat");
      api.awaitNotUpdating("restart-embeddings");
      api.put(
              ENDPOINTS + "/restart-chat/config",
              """
              {"served_entities": [{"external_model": {
                  "name": "gpt-4o-mini", "provider": "openai", "task": "llm/v1/chat",
                  "openai_config": {"openai_api_key": "{{secrets/llm/openai-key}}"}}}]}
              """)
          .ok();
      JsonNode updated = api.awaitNotUpdating("restart-chat");
      assertThat(updated.path("config").path("config_version").asLong()).isEqualTo(2);
      api.patch(
              ENDPOINTS + "/restart-embeddings/tags",
              "{\"add_tags\": [{\"key\": \"env\", \"value\": \"prod\"}]}")
          .ok();

      before =
          Map.of(
              "restart-chat", api.endpoint("restart-chat"),
              "restart-embeddings", api.endpoint("restart-embeddings"));
      assertThat(first.stop()).as("the server stopped on SIGTERM").isNotNegative();
    }
    assertThat(Files.readString(dataDir.resolve("admin-token")).trim())
        .as("the token file is not rewritten")
        .isEqualTo(token);

    try (GatehouseProcess second = GatehouseProcess.start("RestartIT-second", dataDir)) {
      assertThat(second.generatedAdminToken()).as("token file after the restart").isEqualTo(token);
      Api api = Api.withToken(second.baseUri(), token);
      JsonNode list = api.get(ENDPOINTS).ok().path("endpoints");
      assertThat(list.findValuesAsString("name")).contains("restart-chat", "restart-embeddings");

      for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
        JsonNode was = entry.getValue();
        JsonNode now = api.endpoint(entry.getKey());
        assertThat(now.path("name")).isEqualTo(was.path("name"));
        assertThat(now.path("id").asString()).isEqualTo(was.path("id").asString()).isNotBlank();
        assertThat(now.path("creation_timestamp").asLong())
            .isEqualTo(was.path("creation_timestamp").asLong())
            .isPositive();
        assertThat(now.path("last_updated_timestamp"))
            .isEqualTo(was.path("last_updated_timestamp"));
        assertThat(now.path("creator")).isEqualTo(was.path("creator"));
        assertThat(now.path("description")).isEqualTo(was.path("description"));
        assertThat(now.path("tags")).as("tags of %s", entry.getKey()).isEqualTo(was.path("tags"));
        assertThat(now.path("task")).isEqualTo(was.path("task"));
        assertThat(now.path("state")).isEqualTo(was.path("state"));
        assertThat(now.path("config"))
            .as("config of %s", entry.getKey())
            .isEqualTo(was.path("config"));
        assertThat(now.has("pending_config")).isFalse();
      }
      assertThat(before.get("restart-chat").path("config").path("config_version").asLong())
          .isEqualTo(2);
      assertThat(before.get("restart-chat").path("description").asString())
          .isEqualTo("kept across restarts");

      // Still writable after the restart; the new id is new.
      JsonNode third = api.post(ENDPOINTS, "{\"name\": \"restart-third\"}").ok();
      assertThat(third.path("id").asString())
          .isNotIn(
              before.get("restart-chat").path("id").asString(),
              before.get("restart-embeddings").path("id").asString());
      api.as("ghp_wrong-" + UUID.randomUUID()).get(ENDPOINTS).error(401, "UNAUTHENTICATED");
    }
  }

  /** Also starts with an operator's catalog file: a new model is allowed without a rebuild. */
  @Test
  void configuredAdminTokenIsTheToken(@TempDir Path dataDir) throws IOException {
    String configured = "e2e-configured-" + UUID.randomUUID();
    Path extraCatalog = dataDir.resolve("extra-models.json");
    Files.writeString(
        extraCatalog,
        """
        {"models": [{"provider": "anthropic", "task": "llm/v1/chat", "name": "claude-e2e-preview",
                     "description": "Sanctioned by the operator for this test."}]}""");
    try (GatehouseProcess server =
        GatehouseProcess.start(
            "RestartIT-configured-token",
            dataDir,
            Map.of(
                "GATEHOUSE_ADMIN_TOKEN",
                configured,
                "GATEHOUSE_CATALOG_EXTRA_FILE",
                extraCatalog.toString()))) {
      Api api = Api.withToken(server.baseUri(), configured);
      assertThat(api.get(ENDPOINTS).ok().path("endpoints").isArray()).isTrue();
      api.putSecret("llm", "anthropic", "e2e-anthropic");
      api.post(ENDPOINTS, "{\"name\": \"configured-token\"}").ok();
      assertThat(api.endpoint("configured-token").path("name").asString())
          .isEqualTo("configured-token");
      api.as("not-" + configured).get(ENDPOINTS).error(401, "UNAUTHENTICATED");
      api.as(null).get(ENDPOINTS).error(401, "UNAUTHENTICATED");

      JsonNode anthropic =
          api.get("/api/2.0/external-models?task=llm/v1/chat&provider=anthropic").ok();
      assertThat(anthropic.path("models").findValuesAsString("name"))
          .contains("claude-e2e-preview", "claude-sonnet-4-5");
      api.post(
              ENDPOINTS,
              """
              {"name": "operator-model", "config": {"served_entities": [{"external_model": {
                "name": "claude-e2e-preview", "provider": "anthropic", "task": "llm/v1/chat",
                "anthropic_config": {"anthropic_api_key": "{{secrets/llm/anthropic}}"}}}]}}""")
          .ok();
      assertThat(api.awaitNotUpdating("operator-model").path("state").path("ready").asString())
          .isEqualTo("READY");
    }
  }
}
