package dev.gatehouse.access.domain;

import java.util.List;
import java.util.Optional;

/** Port to wherever token hashes are kept. */
public interface TokenStore {
  /** The token with this hash, its principal loaded in the same query. */
  Optional<ApiToken> findByHash(String hash);

  Optional<ApiToken> findByTokenId(String tokenId);

  /** The tokens that authenticate this principal, oldest first. */
  List<ApiToken> ownedBy(long principalId);

  /** Every token, oldest first, optionally only those made by one creator (id or name). */
  List<ApiToken> all(Long createdById, String createdByName);

  List<ApiToken> bootstrapTokens();

  void add(ApiToken token);

  void remove(ApiToken token);

  /** Deletes every token of the principal and says which (by token id). */
  List<String> removeAllOwnedBy(long principalId);

  /** Notes that a token was used, in a transaction of its own. */
  void recordUse(long id, long now);
}
