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
import dev.gatehouse.providers.custom.CustomProviderAdapter;
import dev.gatehouse.providers.openai.OpenAiAdapter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider probe against a local fake: a refused key fails the update, others pass. */
class ProviderProbeTest {
  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicReference<String> seenAuth = new AtomicReference<>();
  private ProviderProbe probe;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
    server.createContext(
        "/",
        exchange -> {
          seenAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              status.get() == 401
                  ? Fixtures.bytes("openai", "auth.error.json")
                  : "{\"object\":\"list\",\"data\":[]}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    UpstreamHttp http = new UpstreamHttp();
    http.connectTimeoutMs = 2000;
    http.readTimeoutMs = 2000;
    http.start();
    probe = new ProviderProbe();
    probe.enabled = true;
    probe.http = http;
    probe.registry = ProviderRegistry.of(List.of(new OpenAiAdapter(), new CustomProviderAdapter()));
    probe.targets =
        new ProviderTargets() {
          @Override
          public ProviderTarget of(ExternalModel model) {
            return new ProviderTarget(model, model.openaiConfig(), field -> "sk-probe");
          }
        };
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private PendingUpdate update(String base) {
    ProviderTarget target =
        Fixtures.target(
            ProviderKind.OPENAI,
            "gpt-4o-mini",
            "llm/v1/chat",
            "{\"openai_api_key\":\"{{secrets/llm/k}}\",\"openai_api_base\":\"" + base + "\"}");
    EndpointConfig config =
        new EndpointConfig(List.of(ServedEntity.external("chat", target.model())), null, null);
    return new PendingUpdate("ep-1", new EndpointName("chat"), 2, config);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @Test
  void acceptedCredentialsPass() {
    assertThatCode(() -> probe.check(update(base()))).doesNotThrowAnyException();
    assertThat(seenAuth.get()).isEqualTo("Bearer sk-probe");
  }

  @Test
  void aRefusedKeyFailsTheUpdateWithoutTheKey() {
    status.set(401);

    assertThatThrownBy(() -> probe.check(update(base())))
        .isInstanceOf(NotReadyException.class)
        .hasMessageStartingWith(
            "provider openai of served entity 'chat' refused the credentials (HTTP 401)")
        .hasMessageNotContaining("sk-");
  }

  @Test
  void otherAnswersPass() {
    status.set(404);

    assertThatCode(() -> probe.check(update(base()))).doesNotThrowAnyException();
  }

  @Test
  void anUnreachableProviderFailsTheUpdate() {
    String closed = base();
    server.stop(0);

    assertThatThrownBy(() -> probe.check(update(closed)))
        .isInstanceOf(NotReadyException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void switchedOffItAsksNothing() {
    status.set(401);
    probe.enabled = false;

    assertThatCode(() -> probe.check(update(base()))).doesNotThrowAnyException();
    assertThat(seenAuth.get()).isNull();
  }
}
