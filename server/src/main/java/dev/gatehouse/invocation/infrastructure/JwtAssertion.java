package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.platform.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed JWT of a JWT-bearer grant, built with the JDK alone: RS256 over {@code
 * b64url(header).b64url(claims)}, valid for the hour Google allows at most.
 */
final class JwtAssertion {
  static final long LIFETIME_SECONDS = 3600;
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private JwtAssertion() {}

  static String sign(
      String issuer, String keyId, PrivateKey key, String scope, URI audience, Instant now) {
    ObjectNode header = Json.MAPPER.createObjectNode();
    header.put("alg", "RS256").put("typ", "JWT").put("kid", keyId);
    long iat = now.getEpochSecond();
    ObjectNode claims = Json.MAPPER.createObjectNode();
    claims.put("iss", issuer).put("scope", scope).put("aud", audience.toString());
    claims.put("iat", iat).put("exp", iat + LIFETIME_SECONDS);
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64URL.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      // the key parsed as RSA, so only a broken JDK gets here; its message names no key material
      throw new IllegalStateException("RS256 signing failed: " + e.getClass().getSimpleName());
    }
  }

  private static String encode(ObjectNode json) {
    return B64URL.encodeToString(Json.MAPPER.writeValueAsBytes(json));
  }
}
