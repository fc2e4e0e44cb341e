package dev.gatehouse.providers.anthropic;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.StreamReplay;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Recorded Anthropic traffic under {@code providers/anthropic/}, and the wiring to replay it. */
final class AnthropicFixtures {
  static final String API_KEY = "sk-ant-api03-TESTKEY0123456789abcdefghijklmnopqrstuvwxyz-AAAAAA";
  static final Instant NOW = Instant.ofEpochSecond(1764201600);
  static final String SERVED_MODEL = "claude";

  private AnthropicFixtures() {}

  static AnthropicAdapter adapter() {
    return new AnthropicAdapter(
        "https://anthropic.test", "2023-06-01", 4096, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static ProviderTarget target() {
    ObjectNode config =
        Json.MAPPER.createObjectNode().put("anthropic_api_key", "{{secrets/llm/anthropic}}");
    return Fixtures.target(
        ProviderKind.ANTHROPIC,
        "claude-sonnet-4-5",
        "llm/v1/chat",
        config,
        Map.of("anthropic_api_key", API_KEY));
  }

  static Invocation invocation(Task task, String requestFixture, boolean stream) {
    return new Invocation(task, (ObjectNode) json(requestFixture), stream, SERVED_MODEL);
  }

  static Invocation invocation(Task task, ObjectNode body) {
    return new Invocation(task, body, false, SERVED_MODEL);
  }

  static JsonNode json(String name) {
    return Json.MAPPER.readTree(bytes(name));
  }

  static UpstreamResponse response(int status, String fixture, Map<String, List<String>> headers) {
    return new UpstreamResponse(status, headers, bytes(fixture));
  }

  static byte[] bytes(String name) {
    return Fixtures.bytes("anthropic", name);
  }

  static List<UpstreamEvent> sse(String name) {
    return StreamReplay.sse(bytes(name));
  }
}
