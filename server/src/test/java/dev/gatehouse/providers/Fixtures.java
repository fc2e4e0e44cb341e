package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Recorded provider traffic under {@code src/test/resources/providers/<name>/}, and targets. */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String provider, String file) {
    String path = "/providers/" + provider + "/" + file;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String provider, String file) {
    return new String(bytes(provider, file), StandardCharsets.UTF_8);
  }

  public static ObjectNode json(String provider, String file) {
    return (ObjectNode) Json.MAPPER.readTree(bytes(provider, file));
  }

  public static JsonNode parse(byte[] body) {
    return Json.MAPPER.readTree(body);
  }

  /** The JSON body an adapter would send upstream. */
  public static JsonNode body(UpstreamRequest request) {
    return Json.MAPPER.readTree(request.body());
  }

  /** A node as a client reads it off the wire, so numbers compare by value, not by Java type. */
  public static JsonNode wire(JsonNode node) {
    return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(node));
  }

  public static ObjectNode object(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  /** A target whose credentials are {@code secret:<field>}, so tests see which field was asked. */
  public static ProviderTarget target(ProviderKind kind, String model, String task, String block) {
    ObjectNode config = (ObjectNode) Json.MAPPER.readTree(block);
    return new ProviderTarget(
        external(kind, model, task, config), config, field -> "secret:" + field);
  }

  /** A target resolving exactly {@code credentials}: asking for any other field fails the test. */
  public static ProviderTarget target(
      ProviderKind kind,
      String model,
      String task,
      ObjectNode config,
      Map<String, String> credentials) {
    return new ProviderTarget(
        external(kind, model, task, config),
        config,
        field -> {
          String value = credentials.get(field);
          if (value == null) {
            throw new IllegalArgumentException("unexpected credential " + field);
          }
          return value;
        });
  }

  /** An endpoint's external model of {@code kind}, {@code config} in that kind's block. */
  public static ExternalModel external(
      ProviderKind kind, String model, String task, ObjectNode config) {
    return new ExternalModel(
        model,
        kind.wire(),
        task,
        kind == ProviderKind.AI21LABS ? config : null,
        kind == ProviderKind.AMAZON_BEDROCK ? config : null,
        kind == ProviderKind.ANTHROPIC ? config : null,
        kind == ProviderKind.COHERE ? config : null,
        kind == ProviderKind.CUSTOM ? config : null,
        kind == ProviderKind.DATABRICKS_MODEL_SERVING ? config : null,
        kind == ProviderKind.GOOGLE_CLOUD_VERTEX_AI ? config : null,
        kind == ProviderKind.OPENAI ? config : null,
        null);
  }

  public static Invocation invocation(Task task, ObjectNode body, boolean stream) {
    return new Invocation(task, body, stream, "served");
  }

  public static UpstreamResponse response(
      int status, Map<String, List<String>> headers, byte[] body) {
    return new UpstreamResponse(status, headers, body);
  }

  /** What {@code adapter} makes of an error answer whose body is {@code body} (UTF-8). */
  public static UpstreamFailure failure(
      ProviderAdapter adapter, int status, Map<String, List<String>> headers, String body) {
    return adapter.failure(response(status, headers, body.getBytes(StandardCharsets.UTF_8)));
  }
}
