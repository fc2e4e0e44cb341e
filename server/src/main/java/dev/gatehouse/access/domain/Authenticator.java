package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Resolves a presented bearer token to the principal it belongs to. */
@ApplicationScoped
public class Authenticator {
  @Inject TokenStore tokens;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Caller authenticate(String token) {
    ApiToken found =
        tokens
            .findByHash(Tokens.hash(token))
            .orElseThrow(
                () ->
                    new UnauthenticatedException(
                        "Invalid access token; send a valid token as 'Authorization: Bearer"
                            + " <token>'."));
    if (found.expiredAt(System.currentTimeMillis())) {
      throw new UnauthenticatedException("Access token has expired; create a new one.");
    }
    if (!found.principal().active()) {
      throw new UnauthenticatedException("The principal of this token is deactivated.");
    }
    return Caller.of(found.principal());
  }
}
