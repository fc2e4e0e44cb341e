package dev.gatehouse.terraform.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serving endpoints: {@code /api/2.0/serving-endpoints/...}. Bodies and answers stay JSON because
 * the endpoint shape is large and the resource maps it field by field; only tags, which the
 * resource diffs itself, get a record.
 */
public final class EndpointsApi {
  private static final String BASE = "/api/2.0/serving-endpoints";

  private final GatehouseClient client;

  public EndpointsApi(GatehouseClient client) {
    this.client = client;
  }

  /** A tag; {@code value} is null for a key-only tag. */
  public record Tag(String key, String value) {}

  /** Creates the endpoint; with a config the answer shows the update already started. */
  public JsonNode create(ObjectNode body) {
    return client.post(BASE, body);
  }

  public Optional<JsonNode> get(String name) {
    return client.find(path(name));
  }

  JsonNode require(String name) {
    return client.get(path(name));
  }

  /** Summaries (no {@code pending_config}) of the endpoints the caller holds a level on. */
  public List<JsonNode> list() {
    List<JsonNode> endpoints = new ArrayList<>();
    client.get(BASE).path("endpoints").forEach(endpoints::add);
    return endpoints;
  }

  public void delete(String name) {
    client.delete(path(name));
  }

  /**
   * Starts a new config version. While another update runs this throws a {@link
   * GatehouseApiException} whose {@link GatehouseApiException#resourceConflict()} is true.
   */
  public JsonNode updateConfig(String name, ObjectNode config) {
    return client.put(path(name) + "/config", config);
  }

  /** Cancels the update in progress; the answer shows UPDATE_CANCELED. */
  public JsonNode cancelUpdate(String name) {
    return client.delete(path(name) + "/pending-config");
  }

  /** Deletions apply before additions; the answer is every tag of the endpoint, in order. */
  public List<Tag> patchTags(String name, List<Tag> add, List<String> delete) {
    ObjectNode body = GatehouseClient.object();
    ArrayNode addTags = body.putArray("add_tags");
    for (Tag tag : add) {
      ObjectNode item = addTags.addObject().put("key", tag.key());
      if (tag.value() != null) {
        item.put("value", tag.value());
      }
    }
    ArrayNode deleteTags = body.putArray("delete_tags");
    delete.forEach(deleteTags::add);
    return tags(client.patch(path(name) + "/tags", body));
  }

  /** Replaces the whole AI gateway config ({@code {}} clears it); answers the stored config. */
  public JsonNode putAiGateway(String name, ObjectNode aiGateway) {
    return client.put(path(name) + "/ai-gateway", aiGateway);
  }

  /** Legacy limits, body {@code {"rate_limits": [...]}}; stored but never shown by GET. */
  public JsonNode putRateLimits(String name, ObjectNode rateLimits) {
    return client.put(path(name) + "/rate-limits", rateLimits);
  }

  /**
   * Polls until {@code state.config_update} is no longer IN_PROGRESS and returns the endpoint.
   * Throws {@link EndpointUpdateException} on UPDATE_FAILED or UPDATE_CANCELED (with the server's
   * reason) and {@link EndpointWaitTimeoutException} when {@code timeout} passes first. {@code
   * progress} gets one line per poll: state, pending version, elapsed time.
   */
  public JsonNode waitUntilNotUpdating(String name, Duration timeout, Consumer<String> progress) {
    return new UpdateWaiter(this).waitUntilNotUpdating(name, timeout, progress);
  }

  /** The tags of an endpoint, or of a PATCH /tags answer. */
  public static List<Tag> tags(JsonNode endpoint) {
    List<Tag> tags = new ArrayList<>();
    for (JsonNode tag : endpoint.path("tags")) {
      tags.add(new Tag(tag.path("key").asString(), tag.path("value").asString(null)));
    }
    return tags;
  }

  private static String path(String name) {
    return BASE + "/" + GatehouseClient.encode(name);
  }
}
