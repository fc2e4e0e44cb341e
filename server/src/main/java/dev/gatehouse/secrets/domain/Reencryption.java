package dev.gatehouse.secrets.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One batch of a master-key rotation, in a transaction of its own so a large store is never held in
 * one transaction. A secret put meanwhile is already under the current key; the conditional update
 * leaves it alone instead of writing back its old value.
 */
@ApplicationScoped
public class Reencryption {
  @Inject SecretRepository repository;
  @Inject SecretCipher cipher;

  /** What one batch did; {@code lastId} is where the next one starts. */
  public record Batch(long lastId, int scanned, int reEncrypted, List<String> unreadable) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Batch next(String currentKeyId, long afterId, int limit) {
    List<StoredSecret> secrets = repository.notEncryptedWith(currentKeyId, afterId, limit);
    int reEncrypted = 0;
    List<String> unreadable = new ArrayList<>();
    long lastId = afterId;
    for (StoredSecret secret : secrets) {
      lastId = secret.id();
      byte[] associatedData = secret.secretId().associatedData();
      byte[] value;
      try {
        value = cipher.decrypt(secret.ciphertext(), associatedData);
      } catch (SecretUnreadableException e) {
        unreadable.add(secret.secretId().toString());
        continue;
      }
      Ciphertext sealed = cipher.encrypt(value, associatedData);
      Arrays.fill(value, (byte) 0);
      if (repository.replaceCiphertext(secret.id(), secret.ciphertext(), sealed)) {
        reEncrypted++;
      }
    }
    return new Batch(lastId, secrets.size(), reEncrypted, unreadable);
  }
}
