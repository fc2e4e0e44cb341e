package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resolves a presented bearer token to the principal it belongs to and the groups it is in: two
 * queries (the token with its principal, then the principal's groups with every nesting), then kept
 * in the {@link CallerCache} so that later requests with the token need no database. Any change to
 * identities, memberships or tokens empties the cache when it commits, so a revoked token, a
 * deactivated principal or a removed membership counts at the next request on this node; {@code
 * gatehouse.auth.caller-cache-seconds} bounds how long a change made on another node of a cluster
 * can go unseen (0 resolves every request from the database).
 */
@ApplicationScoped
public class Authenticator {
  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @Inject TokenStore tokens;
  @Inject IdentityDirectory directory;
  @Inject LastUsedThrottle lastUsed;
  @Inject CallerCache cache;

  @Inject
  @ConfigProperty(name = "gatehouse.auth.caller-cache-seconds", defaultValue = "30")
  long cacheSeconds;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Caller authenticate(String token) {
    String hash = Tokens.hash(token);
    long now = System.currentTimeMillis();
    Optional<CallerCache.Authenticated> cached = cache.find(hash, now);
    if (cached.isPresent()) {
      recordUse(cached.get().tokenRowId(), cached.get().tokenId(), now);
      return cached.get().caller();
    }
    ApiToken found =
        tokens
            .findByHash(hash)
            .orElseThrow(
                () ->
                    new UnauthenticatedException(
                        "Invalid access token; send a valid token as 'Authorization: Bearer"
                            + " <token>'."));
    if (found.expiredAt(now)) {
      throw new UnauthenticatedException("Access token has expired; create a new one.");
    }
    Principal principal = found.principal();
    if (!principal.active()) {
      throw new UnauthenticatedException("The principal of this token is deactivated.");
    }
    Caller caller = Caller.of(principal, directory.groupNamesOf(principal.id()));
    if (cacheSeconds > 0) {
      long validUntil = now + cacheSeconds * 1000;
      if (found.expiresAt() != null) {
        validUntil = Math.min(validUntil, found.expiresAt());
      }
      cache.put(
          hash, new CallerCache.Authenticated(caller, found.id(), found.tokenId(), validUntil));
    }
    recordUse(found.id(), found.tokenId(), now);
    return caller;
  }

  private void recordUse(long tokenRowId, String tokenId, long now) {
    if (!lastUsed.claim(tokenId, now)) {
      return;
    }
    try {
      tokens.recordUse(tokenRowId, now);
    } catch (RuntimeException e) {
      // Bookkeeping only: the request goes on, and the next interval tries again.
      LOG.log(Level.WARNING, "Could not record the last use of token " + tokenId, e);
    }
  }
}
