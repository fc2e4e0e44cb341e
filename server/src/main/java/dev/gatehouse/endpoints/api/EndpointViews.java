package dev.gatehouse.endpoints.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.EndpointConfigVersion;
import dev.gatehouse.endpoints.domain.EndpointQueries;
import dev.gatehouse.endpoints.domain.EndpointSnapshot;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.endpoints.domain.Tag;
import dev.gatehouse.endpoints.domain.TrafficConfig;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.json.JsonBody;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders endpoints in the Databricks wire shapes ({@code ServingEndpointDetailed} and the list
 * summary). This is also where write-only fields are dropped: every {@code *_plaintext} credential
 * and {@code burst_scaling_enabled} are accepted but never echoed.
 */
final class EndpointViews {
  private EndpointViews() {}

  record State(String ready, String configUpdate, String configUpdateMessage) {}

  record ConfigView(
      List<JsonNode> servedEntities,
      TrafficConfig trafficConfig,
      Integer configVersion,
      Long startTime) {}

  record Detailed(
      String name,
      String id,
      String creator,
      long creationTimestamp,
      long lastUpdatedTimestamp,
      State state,
      ConfigView config,
      ConfigView pendingConfig,
      List<Tag> tags,
      String task,
      JsonNode aiGateway,
      String permissionLevel,
      String description,
      boolean routeOptimized)
      implements JsonBody {}

  record Summary(
      String name,
      String id,
      String creator,
      long creationTimestamp,
      long lastUpdatedTimestamp,
      State state,
      Map<String, List<JsonNode>> config,
      List<Tag> tags,
      String task,
      JsonNode aiGateway,
      String description,
      String permissionLevel) {}

  record EndpointList(List<Summary> endpoints) implements JsonBody {}

  record Tags(List<Tag> tags) implements JsonBody {}

  record RateLimits(List<LegacyRateLimit> rateLimits) implements JsonBody {}

  /** The five gateway settings at the top level, as PUT /ai-gateway answers. */
  record AiGateway(@JsonUnwrapped AiGatewayConfig settings) implements JsonBody {}

  record Empty() implements JsonBody {}

  static Detailed detailed(EndpointSnapshot snapshot) {
    ServingEndpoint e = snapshot.endpoint();
    return new Detailed(
        e.name(),
        e.id(),
        e.creator(),
        e.createdAt(),
        e.updatedAt(),
        state(e),
        config(snapshot.serving(), "DEPLOYMENT_READY", false),
        config(snapshot.pending(), "DEPLOYMENT_CREATING", true),
        e.tags(),
        e.task(),
        aiGateway(e),
        snapshot.permissionLevel().name(),
        e.description(),
        e.routeOptimized());
  }

  static Summary summary(EndpointSnapshot snapshot) {
    ServingEndpoint e = snapshot.endpoint();
    EndpointConfigVersion shown =
        snapshot.serving() != null ? snapshot.serving() : snapshot.pending();
    Map<String, List<JsonNode>> config =
        shown == null ? null : Map.of("served_entities", summaryEntities(shown));
    return new Summary(
        e.name(),
        e.id(),
        e.creator(),
        e.createdAt(),
        e.updatedAt(),
        state(e),
        config,
        e.tags(),
        e.task(),
        aiGateway(e),
        e.description(),
        snapshot.permissionLevel().name());
  }

  private static State state(ServingEndpoint e) {
    return new State(
        e.ready() ? "READY" : "NOT_READY", e.configUpdate().name(), e.configUpdateMessage());
  }

  private static ConfigView config(
      EndpointConfigVersion version, String deployment, boolean pending) {
    if (version == null) {
      return null;
    }
    List<JsonNode> entities = new ArrayList<>();
    for (JsonNode entity : entities(version)) {
      ObjectNode out = (ObjectNode) entity;
      out.putObject("state").put("deployment", deployment);
      entities.add(out);
    }
    return new ConfigView(
        entities,
        EndpointQueries.configOf(version).trafficConfig(),
        version.version(),
        pending ? version.startTime() : null);
  }

  private static List<JsonNode> summaryEntities(EndpointConfigVersion version) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode entity : entities(version)) {
      ObjectNode summary = Json.MAPPER.createObjectNode();
      for (String field : List.of("name", "external_model", "entity_name", "entity_version")) {
        if (entity.has(field)) {
          summary.set(field, entity.get(field));
        }
      }
      out.add(summary);
    }
    return out;
  }

  /** The served entities a version stores, as responses show them: no write-only field. */
  static List<JsonNode> entities(EndpointConfigVersion version) {
    JsonNode config = Json.MAPPER.readTree(version.config());
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode entity : config.path("served_entities")) {
      ObjectNode copy = ((ObjectNode) entity).deepCopy();
      copy.remove("burst_scaling_enabled");
      stripPlaintext(copy);
      out.add(copy);
    }
    return out;
  }

  /** Removes every {@code *_plaintext} field at any depth. */
  static void stripPlaintext(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<String> names = object.propertyNames().iterator();
      List<String> doomed = new ArrayList<>();
      while (names.hasNext()) {
        String name = names.next();
        if (name.endsWith("_plaintext")) {
          doomed.add(name);
        } else {
          stripPlaintext(object.get(name));
        }
      }
      object.remove(doomed);
    } else if (node != null && node.isArray()) {
      node.forEach(EndpointViews::stripPlaintext);
    }
  }

  private static JsonNode aiGateway(ServingEndpoint e) {
    return e.aiGateway() == null ? null : Json.MAPPER.readTree(e.aiGateway());
  }
}
