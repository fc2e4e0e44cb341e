package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.SecretAudit.MASTER_KEY;
import static dev.gatehouse.secrets.domain.SecretAudit.summary;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Master-key administration, for admins: which keys exist and how many secrets each encrypts,
 * rotation (a new current key, then every secret re-encrypted under it in batches), and removal of
 * a key nothing uses any more. Rotations and removals on this node run one at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MasterKeyService {
  static final int BATCH_SIZE = 100;

  @Inject MasterKeys keys;
  @Inject SecretRepository repository;
  @Inject Reencryption reencryption;
  @Inject SecretAudit audit;

  private final ReentrantLock lock = new ReentrantLock();

  /**
   * A key and the number of secrets it encrypts. {@code source} is null for a key that secrets use
   * but Gatehouse does not have: those secrets cannot be read until it is restored.
   */
  public record KeyStatus(String keyId, boolean current, KeySource source, long secretCount) {
    public boolean available() {
      return source != null;
    }
  }

  /** What a rotation did; {@code unreadable} names secrets it could not decrypt. */
  public record Rotation(
      String currentKeyId,
      String previousKeyId,
      boolean generated,
      long reEncrypted,
      List<String> unreadable,
      List<KeyStatus> keys) {}

  public List<KeyStatus> list(Caller caller) {
    requireAdmin(caller);
    return status();
  }

  public Rotation rotate(Caller caller) {
    String previous = keys.current().id();
    return audit.record(
        caller,
        "master-key.rotate",
        MASTER_KEY,
        previous,
        () -> locked(() -> rotate(caller, previous)),
        r -> summary("current_key_id", r.previousKeyId()),
        r ->
            summary(
                "current_key_id",
                r.currentKeyId(),
                "generated",
                r.generated(),
                "re_encrypted",
                r.reEncrypted(),
                "unreadable",
                r.unreadable().isEmpty() ? null : r.unreadable()));
  }

  private Rotation rotate(Caller caller, String previous) {
    requireAdmin(caller);
    MasterKey current = keys.rotate();
    long reEncrypted = 0;
    List<String> unreadable = new ArrayList<>();
    long cursor = 0;
    while (true) {
      Reencryption.Batch batch = reencryption.next(current.id(), cursor, BATCH_SIZE);
      if (batch.scanned() == 0) {
        break;
      }
      reEncrypted += batch.reEncrypted();
      unreadable.addAll(batch.unreadable());
      cursor = batch.lastId();
    }
    return new Rotation(
        current.id(), previous, !current.id().equals(previous), reEncrypted, unreadable, status());
  }

  public void remove(String keyId, Caller caller) {
    audit.record(
        caller,
        "master-key.delete",
        MASTER_KEY,
        keyId,
        () ->
            locked(
                () -> {
                  requireAdmin(caller);
                  if (keys.find(keyId).isEmpty()) {
                    throw new MasterKeyNotFoundException(keyId);
                  }
                  if (keyId.equals(keys.current().id())) {
                    throw new MasterKeyInUseException(
                        "Master key '"
                            + keyId
                            + "' is the current key; rotate to a new one before removing it.");
                  }
                  long count = repository.countByMasterKey().getOrDefault(keyId, 0L);
                  if (count > 0) {
                    throw new MasterKeyInUseException(
                        "Master key '"
                            + keyId
                            + "' still encrypts "
                            + count
                            + " secret(s); POST /api/2.0/secrets/master-keys/rotate re-encrypts"
                            + " them under the current key.");
                  }
                  keys.remove(keyId);
                  return keyId;
                }),
        id -> summary("key_id", id),
        id -> null);
  }

  private List<KeyStatus> status() {
    Map<String, Long> counts = new LinkedHashMap<>(repository.countByMasterKey());
    String current = keys.current().id();
    List<KeyStatus> status = new ArrayList<>();
    for (MasterKeyRing.Entry entry : keys.list()) {
      String id = entry.key().id();
      Long count = counts.remove(id);
      status.add(new KeyStatus(id, id.equals(current), entry.source(), count == null ? 0 : count));
    }
    counts.forEach((id, count) -> status.add(new KeyStatus(id, false, null, count)));
    return status;
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.admin()) {
      throw new PermissionDeniedException(
          "'" + caller.userName() + "' is not an admin; only admins manage master keys.");
    }
  }
}
