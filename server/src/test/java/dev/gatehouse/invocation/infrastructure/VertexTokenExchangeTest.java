package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.gatehouse.invocation.domain.InvocationFailedException;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.vertex.ServiceAccountKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JWT-bearer grant of a Google service account against a local stand-in for Google's token
 * endpoint, which checks what a real one would: the form, the JWT's header and claims, and its
 * RS256 signature under the key pair's public half.
 */
class VertexTokenExchangeTest {
  private static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";
  private static final String EMAIL = "gatehouse@my-project.iam.gserviceaccount.com";
  private static final Instant NOW = Instant.ofEpochSecond(1764201600);
  private static KeyPair pair;
  private static KeyPair rotated;

  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final List<String> forms = Collections.synchronizedList(new ArrayList<>());
  private final List<String> contentTypes = Collections.synchronizedList(new ArrayList<>());
  private OAuthAccessTokens tokens;

  @BeforeAll
  static void keys() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    pair = generator.generateKeyPair();
    rotated = generator.generateKeyPair();
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
    server.createContext(
        "/token",
        exchange -> {
          forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
          String body =
              status.get() == 200
                  ? "{\"access_token\":\"ya29.c.token-"
                      + forms.size()
                      + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}"
                  : "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT"
                      + " Signature.\"}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
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
    tokens.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI tokenUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
  }

  /** The key file as Google issues it, pointing at the stand-in. */
  private String keyFile(KeyPair keys) {
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    return Json.MAPPER
        .createObjectNode()
        .put("type", "service_account")
        .put("project_id", "my-project")
        .put("private_key_id", "kid-0123456789abcdef")
        .put("private_key", pem)
        .put("client_email", EMAIL)
        .put("client_id", "1234567890")
        .put("token_uri", tokenUrl().toString())
        .toString();
  }

  private String token(KeyPair keys) {
    ServiceAccountKey key = ServiceAccountKey.parse(keyFile(keys));
    return tokens.jwtBearer(
        key.tokenUri(), key.clientEmail(), key.privateKeyId(), key.privateKey(), SCOPE);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static JsonNode segment(String jwt, int index) {
    return Json.MAPPER.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
  }

  @Test
  void theSignedAssertionIsExchangedForAToken() throws Exception {
    assertThat(token(pair)).isEqualTo("ya29.c.token-1");

    assertThat(contentTypes).containsExactly("application/x-www-form-urlencoded");
    assertThat(forms.get(0))
        .startsWith("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=");
    Map<String, String> form = form(forms.get(0));
    assertThat(form.keySet()).containsExactly("grant_type", "assertion");
    String jwt = form.get("assertion");
    assertThat(jwt.split("\\.")).hasSize(3);
    assertThat(segment(jwt, 0))
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"kid-0123456789abcdef\"}"));
    assertThat(segment(jwt, 1))
        .isEqualTo(
            Json.MAPPER.readTree(
                Json.MAPPER
                    .createObjectNode()
                    .put("iss", EMAIL)
                    .put("scope", SCOPE)
                    .put("aud", tokenUrl().toString())
                    .put("iat", NOW.getEpochSecond())
                    .put("exp", NOW.getEpochSecond() + 3600)
                    .toString()));

    int lastDot = jwt.lastIndexOf('.');
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(pair.getPublic());
    rs256.update(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1)))).isTrue();
    rs256.initVerify(rotated.getPublic());
    rs256.update(jwt.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1)))).isFalse();
  }

  @Test
  void theTokenIsCachedAndARotatedKeyGetsANewOne() {
    String first = token(pair);
    String second = token(pair);
    String afterRotation = token(rotated);

    assertThat(first).isEqualTo(second).isEqualTo("ya29.c.token-1");
    assertThat(afterRotation).isEqualTo("ya29.c.token-2");
    assertThat(forms).hasSize(2);
  }

  @Test
  void aRefusedGrantIsAnUpstreamAuthFailureWithoutTheKey() {
    status.set(400);
    String keyFile = keyFile(pair);
    String keyBody =
        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()).substring(0, 40);

    assertThatThrownBy(() -> token(pair))
        .isInstanceOfSatisfying(
            InvocationFailedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_AUTH_FAILED))
        .hasMessage(
            "The token service refused the endpoint's service account key (HTTP 400): Invalid"
                + " JWT Signature. The endpoint's owner must fix them.")
        .hasMessageNotContaining(keyBody)
        .hasMessageNotContaining("BEGIN PRIVATE KEY");
    assertThat(keyFile).contains(keyBody.substring(0, 20));
  }
}
