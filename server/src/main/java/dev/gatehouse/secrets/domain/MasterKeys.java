package dev.gatehouse.secrets.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port to wherever master keys are kept. The local implementation reads configuration and key files
 * in the data directory; a KMS or a cluster-wide key store can replace it.
 */
public interface MasterKeys {
  /** The key new ciphertexts are made with. */
  MasterKey current();

  /** A key that may still be needed to decrypt. */
  Optional<MasterKey> find(String keyId);

  /** Every key known, the current one first. */
  List<MasterKeyRing.Entry> list();

  /**
   * Makes a freshly generated key the current one when this store can create keys, and returns the
   * current key. A store whose current key is set by the operator returns it unchanged.
   */
  MasterKey rotate();

  /**
   * Forgets a key that no ciphertext uses any more. Callers check that first.
   *
   * @throws MasterKeyNotRemovableException if the key is current or owned by the operator
   */
  void remove(String keyId);
}
