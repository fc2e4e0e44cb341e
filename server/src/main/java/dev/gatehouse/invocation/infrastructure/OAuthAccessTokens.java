package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.invocation.domain.AccessTokens;
import dev.gatehouse.invocation.domain.ClientFailures;
import dev.gatehouse.invocation.domain.InvocationFailedException;
import dev.gatehouse.invocation.domain.UpstreamTimeoutException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.openai.OpenAiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * OAuth 2.0 tokens Gatehouse gets for itself: client credentials (Microsoft Entra ID for Azure
 * OpenAI) and JWT-bearer grants (Google service accounts for Vertex AI). Both post a form to a
 * token URL and are cached per URL, client, scope and secret (hashed, so a rotated secret or key
 * fetches a new token) until a minute before expiry.
 */
@ApplicationScoped
public class OAuthAccessTokens implements AccessTokens {
  private static final long MARGIN_NANOS = 60_000_000_000L;
  private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  @Inject UpstreamHttp http;

  /** The assertion's {@code iat}; tests pin it. */
  Clock clock = Clock.systemUTC();

  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(String token, long expiresAtNanos) {}

  @Override
  public String clientCredentials(
      URI tokenUrl, String clientId, String clientSecret, String scope) {
    String key =
        String.join(
            " ",
            tokenUrl.toString(),
            clientId,
            scope,
            sha256(clientSecret.getBytes(StandardCharsets.UTF_8)));
    return cached(key)
        .orElseGet(
            () ->
                exchange(
                    key,
                    tokenUrl,
                    "grant_type=client_credentials&client_id="
                        + encode(clientId)
                        + "&client_secret="
                        + encode(clientSecret)
                        + "&scope="
                        + encode(scope),
                    "client credentials"));
  }

  @Override
  public String jwtBearer(URI tokenUrl, String issuer, String keyId, PrivateKey key, String scope) {
    String cacheKey =
        String.join(" ", tokenUrl.toString(), issuer, scope, keyId, sha256(key.getEncoded()));
    return cached(cacheKey)
        .orElseGet(
            () -> {
              String assertion =
                  JwtAssertion.sign(issuer, keyId, key, scope, tokenUrl, clock.instant());
              return exchange(
                  cacheKey,
                  tokenUrl,
                  "grant_type=" + encode(JWT_BEARER) + "&assertion=" + assertion,
                  "service account key");
            });
  }

  private Optional<String> cached(String key) {
    Cached cached = cache.get(key);
    return cached != null && System.nanoTime() - cached.expiresAtNanos() < 0
        ? Optional.of(cached.token())
        : Optional.empty();
  }

  /** Posts the grant's form and caches the token; a refusal names what the owner must fix. */
  private String exchange(String cacheKey, URI tokenUrl, String form, String credential) {
    UpstreamRequest request =
        new UpstreamRequest(
            "POST",
            tokenUrl,
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
            form.getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (UpstreamUnreachableException | UpstreamTimeoutException e) {
      throw ClientFailures.unreachable("the token service: " + e.getMessage());
    }
    JsonNode body = parse(response.body());
    if (response.statusCode() != 200 || !body.path("access_token").isString()) {
      throw new InvocationFailedException(
          ErrorCode.UPSTREAM_AUTH_FAILED,
          "The token service refused the endpoint's "
              + credential
              + " (HTTP "
              + response.statusCode()
              + "): "
              + OpenAiErrors.sanitize(
                  body.path("error_description").asString(body.path("error").asString("")))
              + " The endpoint's owner must fix them.",
          null);
    }
    long lifetime = body.path("expires_in").asLong(300) * 1_000_000_000L;
    String token = body.get("access_token").asString();
    cache.put(
        cacheKey, new Cached(token, System.nanoTime() + Math.max(0, lifetime - MARGIN_NANOS)));
    return token;
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      return node == null ? Json.MAPPER.missingNode() : node;
    } catch (JacksonException | IllegalArgumentException e) {
      return Json.MAPPER.missingNode();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
