package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.invocation.domain.InvocationFailedException;
import dev.gatehouse.platform.errors.ErrorCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Entra ID client-credentials exchange against a local token endpoint. */
class OAuthAccessTokensTest {
  private static final String SCOPE = "https://cognitiveservices.azure.com/.default";
  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final List<String> forms = Collections.synchronizedList(new ArrayList<>());
  private OAuthAccessTokens tokens;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
    server.createContext(
        "/",
        exchange -> {
          forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          String body =
              status.get() == 200
                  ? "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                      + "\"access_token\":\"eyJ-token-"
                      + forms.size()
                      + "\"}"
                  : "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid"
                      + " client secret provided.\",\"error_codes\":[7000215]}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status.get(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    UpstreamHttp http = new UpstreamHttp();
    http.connectTimeoutMs = 2000;
    http.readTimeoutMs = 2000;
    http.start();
    tokens = new OAuthAccessTokens();
    tokens.http = http;
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI tokenUrl() {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/tenant-1/oauth2/v2.0/token");
  }

  @Test
  void aTokenIsFetchedOnceAndReused() {
    String first = tokens.clientCredentials(tokenUrl(), "app-1", "s3cret&more", SCOPE);
    String second = tokens.clientCredentials(tokenUrl(), "app-1", "s3cret&more", SCOPE);

    assertThat(first).isEqualTo("eyJ-token-1").isEqualTo(second);
    assertThat(forms)
        .containsExactly(
            "grant_type=client_credentials&client_id=app-1&client_secret=s3cret%26more"
                + "&scope=https%3A%2F%2Fcognitiveservices.azure.com%2F.default");
  }

  @Test
  void aRotatedSecretFetchesANewToken() {
    tokens.clientCredentials(tokenUrl(), "app-1", "old", SCOPE);

    assertThat(tokens.clientCredentials(tokenUrl(), "app-1", "new", SCOPE))
        .isEqualTo("eyJ-token-2");
  }

  @Test
  void refusedCredentialsAreAnUpstreamAuthFailureWithoutTheSecret() {
    status.set(401);

    assertThatThrownBy(() -> tokens.clientCredentials(tokenUrl(), "app-1", "s3cret", SCOPE))
        .isInstanceOfSatisfying(
            InvocationFailedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_AUTH_FAILED))
        .hasMessageContaining("AADSTS7000215")
        .hasMessageNotContaining("s3cret");
  }
}
