package dev.gatehouse.secrets.domain;

/**
 * Port to the encryption of secret values. The associated data binds a ciphertext to the secret it
 * belongs to: decrypting it as another secret fails, so a row copied elsewhere in the database
 * yields nothing.
 */
public interface SecretCipher {
  /** Encrypts under the current master key. */
  Ciphertext encrypt(byte[] plaintext, byte[] associatedData);

  /**
   * @throws SecretUnreadableException if the master key is unknown, or the ciphertext or the
   *     associated data is not what was encrypted
   */
  byte[] decrypt(Ciphertext ciphertext, byte[] associatedData);
}
