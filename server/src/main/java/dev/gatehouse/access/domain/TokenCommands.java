package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Issuing and revoking tokens, each in its own transaction; {@link TokenService} audits them. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TokenCommands {
  @Inject TokenStore tokens;
  @Inject Event<AccessChanged> accessChanged;
  @Inject IdentityRepository identities;
  @Inject IdentitySettings settings;

  /** A token for the caller itself. */
  public IssuedToken issue(Caller caller, Long lifetimeSeconds, String comment) {
    Principal owner =
        identities
            .principal(caller.principalId())
            .orElseThrow(() -> new IdentityNotFoundException("Principal", caller.userName()));
    return issue(owner, owner, lifetimeSeconds, comment);
  }

  /**
   * A token for a service principal (by application id) or a user (by user name), made by an admin.
   */
  public IssuedToken issueFor(
      PrincipalKind kind, String name, Caller creator, Long lifetimeSeconds, String comment) {
    String label = kind.label();
    Principal owner =
        identities
            .principalNamed(kind, name)
            .orElseThrow(() -> new IdentityNotFoundException(label, name));
    if (!owner.active()) {
      throw new InvalidParameterException(
          label + " '" + name + "' is deactivated; activate it first.");
    }
    Principal admin =
        identities
            .principal(creator.principalId())
            .orElseThrow(() -> new IdentityNotFoundException("Principal", creator.userName()));
    return issue(owner, admin, lifetimeSeconds, comment);
  }

  private IssuedToken issue(Principal owner, Principal creator, Long lifetime, String comment) {
    long now = System.currentTimeMillis();
    long expiry = settings.tokenLifetimes().expiry(lifetime, now);
    String value = Tokens.generate();
    ApiToken token = ApiToken.issue(owner, creator, Tokens.hash(value), comment, now, expiry);
    tokens.add(token);
    return new IssuedToken(value, token);
  }

  /**
   * Deletes a token, which refuses it at once. With {@code ownerId}, only a token of that principal
   * is found: a caller cannot learn whether someone else's token id exists.
   */
  public ApiToken revoke(String tokenId, Long ownerId) {
    accessChanged.fire(new AccessChanged());
    ApiToken token =
        tokens
            .findByTokenId(tokenId)
            .filter(t -> ownerId == null || t.principal().id() == ownerId)
            .orElseThrow(() -> new TokenNotFoundException(tokenId));
    tokens.remove(token);
    return token;
  }
}
