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
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Client-credentials tokens (Microsoft Entra ID for Azure OpenAI), cached per token URL, client,
 * scope and secret (hashed, so a rotated secret fetches a new token) until a minute before expiry.
 */
@ApplicationScoped
public class OAuthClientCredentials implements AccessTokens {
  private static final long MARGIN_NANOS = 60_000_000_000L;

  @Inject UpstreamHttp http;

  private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(String token, long expiresAtNanos) {}

  @Override
  public String clientCredentials(
      URI tokenUrl, String clientId, String clientSecret, String scope) {
    String key = tokenUrl + " " + clientId + " " + scope + " " + sha256(clientSecret);
    Cached cached = cache.get(key);
    if (cached != null && System.nanoTime() - cached.expiresAtNanos() < 0) {
      return cached.token();
    }
    String form =
        "grant_type=client_credentials&client_id="
            + encode(clientId)
            + "&client_secret="
            + encode(clientSecret)
            + "&scope="
            + encode(scope);
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
          "The token service refused the endpoint's client credentials (HTTP "
              + response.statusCode()
              + "): "
              + OpenAiErrors.sanitize(
                  body.path("error_description").asString(body.path("error").asString("")))
              + " The endpoint's owner must fix them.",
          null);
    }
    long lifetime = body.path("expires_in").asLong(300) * 1_000_000_000L;
    String token = body.get("access_token").asString();
    cache.put(key, new Cached(token, System.nanoTime() + Math.max(0, lifetime - MARGIN_NANOS)));
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

  private static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
