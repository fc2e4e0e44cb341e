package dev.gatehouse.usage.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Call outcomes as the invocation context fires them, for the usage tests. */
final class Calls {
  static final Instant STARTED = Instant.parse("2026-11-27T10:00:00Z");

  private Calls() {}

  static ServingSnapshot endpoint(String provider, String model, AiGatewayConfig gateway) {
    ExternalModel external =
        new ExternalModel(
            model, provider, "llm/v1/chat", null, null, null, null, null, null, null, null, null);
    return new ServingSnapshot(
        "ep1",
        "chat",
        Task.CHAT,
        1,
        "chat-entity",
        external,
        AccessControlList.EMPTY,
        gateway,
        List.of());
  }

  static AiGatewayConfig tracking(boolean enabled) {
    return new AiGatewayConfig(
        Json.MAPPER.createObjectNode().put("enabled", enabled), null, null, null, null);
  }

  static CallOutcome answered(ServingSnapshot endpoint, Usage usage, JsonNode context) {
    return new CallOutcome(
        endpoint,
        new Caller(7, PrincipalKind.USER, "alice@example.com", false, Set.of()),
        "req-1",
        context,
        false,
        200,
        null,
        usage,
        STARTED,
        Duration.ofMillis(120),
        null);
  }
}
