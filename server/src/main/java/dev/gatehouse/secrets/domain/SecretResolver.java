package dev.gatehouse.secrets.domain;

import dev.gatehouse.endpoints.domain.SecretReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How Gatehouse itself reads a secret's value, and the only way: no API returns one. Values are
 * cached for {@code gatehouse.secrets.cache-seconds}, so a new value put under the same key is used
 * from then on without any endpoint update (at once on this node, which drops its cached value on
 * every put and delete; within the cache time on others). Failed lookups are never cached.
 */
@ApplicationScoped
public class SecretResolver {
  /** Beyond this many cached values the cache starts over; endpoints reference far fewer. */
  private static final int MAX_CACHED = 10_000;

  @Inject SecretRepository repository;
  @Inject SecretCipher cipher;
  @Inject SecretSettings settings;

  LongSupplier nanoClock = System::nanoTime;

  private final ConcurrentMap<SecretId, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(SecretValue value, long expiresAtNanos) {}

  /**
   * The value a reference points at.
   *
   * @throws SecretNotFoundException if there is no such scope or secret
   * @throws SecretUnreadableException if the value cannot be decrypted
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SecretValue resolve(SecretReference reference) {
    SecretId id = SecretId.of(reference);
    long now = nanoClock.getAsLong();
    Cached cached = cache.get(id);
    if (cached != null && now - cached.expiresAtNanos() < 0) {
      return cached.value();
    }
    StoredSecret secret =
        repository.findSecret(id).orElseThrow(() -> new SecretNotFoundException(id));
    SecretValue value = SecretValue.of(cipher.decrypt(secret.ciphertext(), id.associatedData()));
    long ttl = TimeUnit.SECONDS.toNanos(settings.cacheSeconds());
    if (ttl > 0) {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(id, new Cached(value, now + ttl));
    }
    return value;
  }

  /**
   * The credential {@code field} of a provider config block as stored in an endpoint config: the
   * secret named by {@code field}, or the managed secret that holds what was sent as {@code
   * field_plaintext}. Empty when the block sets neither.
   *
   * @throws SecretNotFoundException if the secret named does not exist (any more)
   * @throws SecretUnreadableException if a stored value is not a reference (a config stored before
   *     secrets were encrypted) or cannot be decrypted
   */
  public Optional<SecretValue> credential(ObjectNode block, String field) {
    for (String name : new String[] {field, field + ConfigCredentials.PLAINTEXT_SUFFIX}) {
      JsonNode value = block.get(name);
      if (value != null && value.isString()) {
        SecretReference reference =
            SecretReference.parse(value.asString())
                .orElseThrow(
                    () ->
                        new SecretUnreadableException(
                            "The stored config holds "
                                + name
                                + " as a literal rather than a secret reference; submit the"
                                + " config again to store it as a secret."));
        return Optional.of(resolve(reference));
      }
    }
    return Optional.empty();
  }

  /** Drops the cached value of one secret, after it was put or deleted on this node. */
  public void forget(SecretId id) {
    cache.remove(id);
  }

  /** Drops the cached values of a scope's secrets, after the scope was deleted. */
  public void forget(ScopeName scope) {
    cache.keySet().removeIf(id -> id.scope().equals(scope));
  }
}
