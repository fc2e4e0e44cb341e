package dev.gatehouse.access.domain;

import java.util.Optional;

/**
 * Callers already resolved from their token, so that a request with a known token needs no database
 * round trip. Emptied whenever access changes on this node ({@link AccessChanged}); an entry also
 * lapses at its own deadline (the token's expiry, or a short time-to-live that bounds how long a
 * change made on another node can go unseen). A port, so that a cluster can replace it.
 */
public interface CallerCache {

  /** The caller of a token hash, if resolved before and still valid at {@code now} (ms). */
  Optional<Authenticated> find(String tokenHash, long now);

  void put(String tokenHash, Authenticated authenticated);

  /** A resolved token: its caller, what recording its use needs, and until when it holds (ms). */
  record Authenticated(Caller caller, long tokenRowId, String tokenId, long validUntil) {}
}
