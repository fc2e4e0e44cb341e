package dev.gatehouse.invocation.domain;

import java.net.URI;
import java.security.PrivateKey;

/**
 * Access tokens Gatehouse obtains for itself from a provider's identity service, each reused until
 * shortly before it expires.
 */
public interface AccessTokens {
  /**
   * A bearer token from an OAuth 2.0 client-credentials exchange at {@code tokenUrl} (Microsoft
   * Entra ID).
   *
   * @throws InvocationFailedException when the identity service refuses or cannot be reached
   */
  String clientCredentials(URI tokenUrl, String clientId, String clientSecret, String scope);

  /**
   * A bearer token from an OAuth 2.0 JWT-bearer grant (RFC 7523) at {@code tokenUrl}, the assertion
   * signed RS256 with {@code key} (a Google service account).
   *
   * @param keyId the signing key's id, sent as the JWT header's {@code kid}
   * @throws InvocationFailedException when the identity service refuses or cannot be reached
   */
  String jwtBearer(URI tokenUrl, String issuer, String keyId, PrivateKey key, String scope);
}
