package dev.gatehouse.invocation.domain;

import java.net.URI;

/** Access tokens Gatehouse obtains for itself from a provider's identity service. */
public interface AccessTokens {
  /**
   * A bearer token from an OAuth 2.0 client-credentials exchange at {@code tokenUrl}, reused until
   * shortly before it expires.
   *
   * @throws InvocationFailedException when the identity service refuses or cannot be reached
   */
  String clientCredentials(URI tokenUrl, String clientId, String clientSecret, String scope);
}
