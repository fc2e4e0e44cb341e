package dev.gatehouse.providers.vertex;

import dev.gatehouse.platform.json.Json;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a Google service account's JSON key file that sign a token request. The secret must
 * hold the whole file as Google issues it: a bare PEM key lacks the client email and key id a
 * signed assertion needs. Messages never repeat any part of the secret.
 */
public record ServiceAccountKey(
    String clientEmail, String privateKeyId, PrivateKey privateKey, URI tokenUri) {

  /** Google's token endpoint, for keys that name none. */
  public static final URI DEFAULT_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

  static final String STORE_THE_FILE =
      " Store the whole JSON key file of a service account (type service_account, with"
          + " client_email, private_key_id and private_key) in the secret.";

  /**
   * @throws IllegalArgumentException with a message safe to show when the secret is not a usable
   *     service account key
   */
  public static ServiceAccountKey parse(String secret) {
    JsonNode key = json(secret);
    if (!"service_account".equals(key.path("type").asString(""))) {
      throw invalid("The private_key secret is not a service account JSON key.");
    }
    String email = required(key, "client_email");
    String keyId = required(key, "private_key_id");
    PrivateKey privateKey = rsaKey(required(key, "private_key"));
    String tokenUri = key.path("token_uri").asString("");
    return new ServiceAccountKey(
        email, keyId, privateKey, tokenUri.isBlank() ? DEFAULT_TOKEN_URI : uri(tokenUri));
  }

  private static JsonNode json(String secret) {
    try {
      JsonNode node = Json.MAPPER.readTree(secret == null ? "" : secret);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // a bare PEM key or anything else: said below, without the secret
    }
    throw invalid("The private_key secret is not a JSON key file.");
  }

  private static String required(JsonNode key, String field) {
    String value = key.path(field).asString("");
    if (value.isBlank()) {
      throw invalid("The service account JSON key has no " + field + ".");
    }
    return value;
  }

  private static PrivateKey rsaKey(String pem) {
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s+", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw invalid("The service account key's private_key is not a PKCS#8 RSA key in PEM.");
    }
  }

  private static URI uri(String value) {
    try {
      URI uri = URI.create(value);
      if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // said below
    }
    throw invalid("The service account key's token_uri is not an http(s) URL.");
  }

  private static IllegalArgumentException invalid(String what) {
    return new IllegalArgumentException(what + STORE_THE_FILE);
  }

  /** The key stays out of logs and messages. */
  @Override
  public String toString() {
    return "ServiceAccountKey[" + clientEmail + ", " + privateKeyId + "]";
  }
}
