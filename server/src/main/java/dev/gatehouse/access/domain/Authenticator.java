package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resolves a presented bearer token to the principal it belongs to and the groups it is in. Two
 * queries, nothing cached: the token with its principal, then the principal's groups with every
 * nesting. A revoked token, a deactivated principal or a removed membership counts at the next
 * request.
 */
@ApplicationScoped
public class Authenticator {
  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @Inject TokenStore tokens;
  @Inject IdentityDirectory directory;
  @Inject LastUsedThrottle lastUsed;

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
    long now = System.currentTimeMillis();
    if (found.expiredAt(now)) {
      throw new UnauthenticatedException("Access token has expired; create a new one.");
    }
    Principal principal = found.principal();
    if (!principal.active()) {
      throw new UnauthenticatedException("The principal of this token is deactivated.");
    }
    Caller caller = Caller.of(principal, directory.groupNamesOf(principal.id()));
    recordUse(found, now);
    return caller;
  }

  private void recordUse(ApiToken token, long now) {
    if (!lastUsed.claim(token.tokenId(), now)) {
      return;
    }
    try {
      tokens.recordUse(token.id(), now);
    } catch (RuntimeException e) {
      // Bookkeeping only: the request goes on, and the next interval tries again.
      LOG.log(Level.WARNING, "Could not record the last use of token " + token.tokenId(), e);
    }
  }
}
