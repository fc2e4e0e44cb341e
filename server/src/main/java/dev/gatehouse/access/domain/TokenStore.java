package dev.gatehouse.access.domain;

import java.util.List;
import java.util.Optional;

/** Port to wherever principals and token hashes are kept. */
public interface TokenStore {
  Optional<ApiToken> findByHash(String hash);

  Optional<Principal> findPrincipal(PrincipalKind kind, String userName);

  List<ApiToken> bootstrapTokens();

  void save(Object entity);

  void remove(ApiToken token);
}
