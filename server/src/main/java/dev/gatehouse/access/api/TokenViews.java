package dev.gatehouse.access.api;

import dev.gatehouse.access.domain.ApiToken;
import dev.gatehouse.access.domain.IssuedToken;
import dev.gatehouse.platform.json.JsonBody;
import java.util.List;

/**
 * Tokens in the shapes of the Databricks token and token-management APIs. A token without expiry
 * (only the bootstrap admin's) has {@code expiry_time: -1}, as Databricks shows such tokens.
 */
final class TokenViews {
  private TokenViews() {}

  /** What a principal sees of its own tokens ({@code PublicTokenInfo}). */
  record PublicTokenInfo(String tokenId, long creationTime, long expiryTime, String comment) {
    static PublicTokenInfo of(ApiToken t) {
      return new PublicTokenInfo(t.tokenId(), t.createdAt(), expiry(t), t.comment());
    }
  }

  /** What admins see of anyone's token ({@code TokenInfo}); {@code last_used_day} is in ms. */
  record TokenInfo(
      String tokenId,
      long creationTime,
      long expiryTime,
      String comment,
      long ownerId,
      String ownerUsername,
      long createdById,
      String createdByUsername,
      Long lastUsedDay) {
    static TokenInfo of(ApiToken t) {
      return new TokenInfo(
          t.tokenId(),
          t.createdAt(),
          expiry(t),
          t.comment(),
          t.principal().id(),
          t.principal().userName(),
          t.createdById(),
          t.createdBy(),
          t.lastUsedAt());
    }
  }

  record CreateTokenResponse(String tokenValue, PublicTokenInfo tokenInfo) implements JsonBody {
    static CreateTokenResponse of(IssuedToken issued) {
      return new CreateTokenResponse(issued.value(), PublicTokenInfo.of(issued.info()));
    }
  }

  record CreateOboTokenResponse(String tokenValue, TokenInfo tokenInfo) implements JsonBody {
    static CreateOboTokenResponse of(IssuedToken issued) {
      return new CreateOboTokenResponse(issued.value(), TokenInfo.of(issued.info()));
    }
  }

  record PublicTokenList(List<PublicTokenInfo> tokenInfos) implements JsonBody {}

  record TokenList(List<TokenInfo> tokenInfos) implements JsonBody {}

  record GetTokenResponse(TokenInfo tokenInfo) implements JsonBody {}

  record Empty() implements JsonBody {}

  private static long expiry(ApiToken t) {
    return t.expiresAt() == null ? -1 : t.expiresAt();
  }
}
