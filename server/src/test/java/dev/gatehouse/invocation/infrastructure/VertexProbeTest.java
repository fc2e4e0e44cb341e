package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.endpoints.domain.EndpointConfig;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.endpoints.domain.NotReadyException;
import dev.gatehouse.endpoints.domain.PendingUpdate;
import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.ServedEntity;
import dev.gatehouse.invocation.domain.ProviderTargets;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.ProviderRegistry;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.vertex.VertexAdapter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The readiness probe of a Vertex endpoint: countTokens on the model, against a local fake. */
class VertexProbeTest {
  private static final String MODEL_PATH =
      "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash";
  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> seen = new AtomicReference<>();
  private ProviderProbe probe;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
    server.createContext(
        "/",
        exchange -> {
          seen.set(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              status.get() == 200
                  ? "{\"totalTokens\":1,\"totalBillableCharacters\":4}"
                      .getBytes(StandardCharsets.UTF_8)
                  : ("{\"error\":{\"code\":"
                          + status.get()
                          + ",\"message\":\"Permission 'aiplatform.endpoints.predict' denied on"
                          + " resource.\",\"status\":\"PERMISSION_DENIED\"}}")
                      .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    UpstreamHttp http = new UpstreamHttp();
    http.connectTimeoutMs = 2000;
    http.readTimeoutMs = 2000;
    http.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    probe = new ProviderProbe();
    probe.enabled = true;
    probe.http = http;
    probe.registry = ProviderRegistry.of(List.of(new VertexAdapter(Optional.of(base))));
    probe.targets =
        new ProviderTargets() {
          @Override
          public ProviderTarget of(ExternalModel model) {
            return new ProviderTarget(
                model, model.googleCloudVertexAiConfig(), field -> "ya29." + field);
          }
        };
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static PendingUpdate update() {
    ProviderTarget target =
        Fixtures.target(
            ProviderKind.GOOGLE_CLOUD_VERTEX_AI,
            "gemini-2.5-flash",
            "llm/v1/chat",
            "{\"project_id\":\"p\",\"region\":\"us-central1\","
                + "\"private_key\":\"{{secrets/llm/vertex-sa}}\"}");
    EndpointConfig config =
        new EndpointConfig(List.of(ServedEntity.external("gemini", target.model())), null, null);
    return new PendingUpdate("ep-1", new EndpointName("gemini"), 2, config);
  }

  @Test
  void modelAccessPassesWithTheServiceAccountsToken() {
    assertThatCode(() -> probe.check(update())).doesNotThrowAnyException();
    assertThat(seen.get())
        .isEqualTo("POST " + MODEL_PATH + ":countTokens Bearer ya29." + VertexAdapter.ACCESS_TOKEN);
  }

  @Test
  void aServiceAccountWithoutModelAccessFailsTheUpdate() {
    status.set(403);

    assertThatThrownBy(() -> probe.check(update()))
        .isInstanceOf(NotReadyException.class)
        .hasMessage(
            "provider google-cloud-vertex-ai of served entity 'gemini' refused the credentials"
                + " (HTTP 403): Vertex AI: Permission 'aiplatform.endpoints.predict' denied on"
                + " resource. (PERMISSION_DENIED)");
  }
}
