package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Runs the curl examples in the order examples/README.md gives, against a fresh server, as a user
 * would: nothing is prepared through the API first, so each script has to stand on its own.
 */
class ExamplesIT {
  private static final String NAME = "examples-chat";

  /** Every script in examples/, in the order a reader runs them, with its arguments. */
  private static final List<List<String>> SCRIPTS =
      List.of(
          List.of("put-secret.sh"),
          List.of("create-openai-chat-endpoint.sh", NAME),
          List.of("update-config.sh", NAME),
          List.of("tags.sh", NAME),
          List.of("ai-gateway.sh", NAME),
          List.of("list-and-delete.sh", NAME),
          List.of("catalog.sh"),
          List.of("governed-endpoint.sh", "examples-governed"),
          List.of("openai-compatible.sh", "examples-local"));

  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static Api api;
  static String token;

  @BeforeAll
  static void startServer() throws IOException {
    server = GatehouseProcess.start("ExamplesIT", dataDir);
    token = server.generatedAdminToken();
    api = Api.withToken(server.baseUri(), token);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void everyScriptIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(examplesDir())) {
      List<String> scripts =
          files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".sh")).toList();
      assertThat(scripts)
          .as("scripts in examples/ (add new ones to ExamplesIT.SCRIPTS)")
          .containsExactlyInAnyOrderElementsOf(SCRIPTS.stream().map(s -> s.get(0)).toList());
    }
    String readme = Files.readString(examplesDir().resolve("README.md"));
    for (List<String> script : SCRIPTS) {
      assertThat(readme)
          .as("examples/README.md mentions %s", script.get(0))
          .contains(script.get(0));
    }
  }

  @Test
  void scriptsRunInOrder() throws Exception {
    Map<String, String> env =
        Map.of("GATEHOUSE_URL", server.baseUri().toString(), "GATEHOUSE_TOKEN", token);

    String secret = run(SCRIPTS.get(0), env);
    assertThat(secret).contains("\"key\":\"openai-key\"").doesNotContain("sk-placeholder");
    assertThat(run(SCRIPTS.get(0), env)).as("a second run").contains("RESOURCE_ALREADY_EXISTS");

    String created = run(SCRIPTS.get(1), env);
    assertThat(created).contains("NOT_UPDATING");
    JsonNode endpoint = api.endpoint(NAME);
    assertThat(endpoint.path("state").path("config_update").asString()).isEqualTo("NOT_UPDATING");
    JsonNode model = endpoint.path("config").path("served_entities").path(0).path("external_model");
    assertThat(model.path("name").asString()).isEqualTo("gpt-4o");
    assertThat(model.path("openai_config").path("openai_api_key").asString())
        .isEqualTo("{{secrets/llm/openai-key}}");
    assertThat(endpoint.path("tags").size()).isPositive();

    String updated = run(SCRIPTS.get(2), env);
    assertThat(updated).contains("config_version: 2");
    endpoint = api.endpoint(NAME);
    assertThat(endpoint.path("config").path("config_version").asLong()).isEqualTo(2);
    assertThat(
            endpoint
                .path("config")
                .path("served_entities")
                .path(0)
                .path("external_model")
                .path("name")
                .asString())
        .isEqualTo("gpt-4o-mini");

    int tagsBefore = api.endpoint(NAME).path("tags").size();
    run(SCRIPTS.get(3), env);
    assertThat(api.endpoint(NAME).path("tags").findValuesAsString("key")).contains("env");
    assertThat(api.endpoint(NAME).path("tags").size()).isEqualTo(tagsBefore + 1);

    run(SCRIPTS.get(4), env);
    JsonNode gateway = api.endpoint(NAME).path("ai_gateway");
    assertThat(gateway.path("usage_tracking_config").path("enabled").asBoolean()).isTrue();
    assertThat(gateway.path("rate_limits").findValuesAsString("key"))
        .containsExactlyInAnyOrder("user", "endpoint");

    String listed = run(SCRIPTS.get(5), env);
    assertThat(listed).contains(NAME);
    api.get("/api/2.0/serving-endpoints/" + NAME).error(404, "RESOURCE_DOES_NOT_EXIST");

    String catalog = run(SCRIPTS.get(6), env);
    assertThat(catalog).contains("claude").contains("create-endpoint");

    String governed = run(SCRIPTS.get(7), env);
    assertThat(governed).contains("\"permission_level\":\"CAN_QUERY\"").contains("HTTP 403");
    JsonNode permissions =
        api.get(
                "/api/2.0/permissions/serving-endpoints/"
                    + api.endpoint("examples-governed").path("id").asString())
            .ok();
    assertThat(permissions.toString()).contains("examples-governed-team").contains("CAN_QUERY");

    try (FakeOpenAiProvider local = new FakeOpenAiProvider("local")) {
      Map<String, String> withUpstream = new java.util.HashMap<>(env);
      withUpstream.put("UPSTREAM_URL", local.base());
      withUpstream.put("MODEL", "llama3.2");
      String invoked = run(SCRIPTS.get(8), withUpstream);
      assertThat(invoked)
          .contains("\"object\":\"chat.completion\"")
          .contains("hello from local")
          .contains("chat.completion.chunk")
          .contains("data: [DONE]")
          .contains("\"object\":\"embedding\"");
      assertThat(local.lastAuth.get("/v1/chat/completions")).isEqualTo("Bearer none");
    }
  }

  @Test
  void tokenDefaultsToTheAdminTokenFile() throws Exception {
    // No GATEHOUSE_TOKEN: the scripts read <GATEHOUSE_DATA_DIR>/admin-token.
    String catalog =
        run(
            List.of("catalog.sh"),
            Map.of(
                "GATEHOUSE_URL",
                server.baseUri().toString(),
                "GATEHOUSE_DATA_DIR",
                dataDir.toString()));
    assertThat(catalog).contains("claude");
  }

  private static Path examplesDir() {
    return GatehouseProcess.repoDir().resolve("examples");
  }

  /** Runs one script with bash, asserting exit code 0; returns its output. */
  private static String run(List<String> script, Map<String, String> env) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(examplesDir().resolve(script.get(0)).toString());
    command.addAll(script.subList(1, script.size()));
    Path output =
        Files.createDirectories(GatehouseProcess.targetDir().resolve("examples-output"))
            .resolve(script.get(0) + ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(examplesDir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("GATEHOUSE_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean exited = process.waitFor(90, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(exited).as("%s finished within 90 s; output:\n%s", script, text).isTrue();
    assertThat(process.exitValue()).as("exit code of %s; output:\n%s", script, text).isZero();
    return text;
  }
}
