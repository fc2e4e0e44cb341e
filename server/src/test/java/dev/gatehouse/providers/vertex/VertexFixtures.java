package dev.gatehouse.providers.vertex;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.infrastructure.SseFramer;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Recorded Vertex AI traffic under {@code providers/google-cloud-vertex-ai/}, and its wiring. */
final class VertexFixtures {
  static final String PROVIDER = "google-cloud-vertex-ai";
  static final String ACCESS_TOKEN = "ya29.c.TEST-access-token";
  static final Instant NOW = Instant.ofEpochSecond(1764201600);
  static final String SERVED_MODEL = "gemini";
  static final String MODEL_PATH =
      "/v1/projects/my-project/locations/us-central1/publishers/google/models/gemini-2.5-flash";
  static final Map<String, List<String>> JSON =
      Map.of("content-type", List.of("application/json; charset=UTF-8"));

  private VertexFixtures() {}

  static VertexAdapter adapter() {
    return new VertexAdapter(Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static ProviderTarget target() {
    return target("gemini-2.5-flash", "llm/v1/chat", "us-central1");
  }

  static ProviderTarget target(String model, String task, String region) {
    ObjectNode config =
        Fixtures.object(
            "{\"project_id\":\"my-project\",\"region\":\""
                + region
                + "\",\"private_key\":\"{{secrets/llm/vertex-sa}}\"}");
    return Fixtures.target(
        ProviderKind.GOOGLE_CLOUD_VERTEX_AI,
        model,
        task,
        config,
        Map.of(VertexAdapter.ACCESS_TOKEN, ACCESS_TOKEN));
  }

  static Invocation invocation(Task task, String requestFixture, boolean stream) {
    return new Invocation(task, (ObjectNode) json(requestFixture), stream, SERVED_MODEL);
  }

  static Invocation invocation(Task task, ObjectNode body) {
    return new Invocation(task, body, false, SERVED_MODEL);
  }

  static JsonNode json(String name) {
    return Fixtures.parse(Fixtures.bytes(PROVIDER, name));
  }

  static UpstreamResponse response(int status, String fixture) {
    return new UpstreamResponse(status, JSON, Fixtures.bytes(PROVIDER, fixture));
  }

  /** The recorded stream framed by Gatehouse's own SSE framer, {@code \r\n\r\n} and all. */
  static List<UpstreamEvent> sse(String name) {
    SseFramer framer = new SseFramer(new ByteArrayInputStream(Fixtures.bytes(PROVIDER, name)));
    List<UpstreamEvent> events = new ArrayList<>();
    try {
      Optional<UpstreamEvent> event;
      while ((event = framer.next()).isPresent()) {
        events.add(event.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return events;
  }
}
