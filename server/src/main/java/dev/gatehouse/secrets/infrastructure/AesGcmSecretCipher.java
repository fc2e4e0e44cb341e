package dev.gatehouse.secrets.infrastructure;

import dev.gatehouse.secrets.domain.Ciphertext;
import dev.gatehouse.secrets.domain.MasterKey;
import dev.gatehouse.secrets.domain.MasterKeys;
import dev.gatehouse.secrets.domain.SecretCipher;
import dev.gatehouse.secrets.domain.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM from the JDK: a fresh random 96-bit nonce per value (never reused under one key with
 * overwhelming probability, far below the 2^32 values NIST allows per key), a 128-bit tag, and the
 * secret's identity as associated data. The stored form is base64 of nonce, ciphertext and tag.
 */
@ApplicationScoped
public class AesGcmSecretCipher implements SecretCipher {
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private MasterKeys keys;

  protected AesGcmSecretCipher() {}

  @Inject
  public AesGcmSecretCipher(MasterKeys keys) {
    this.keys = keys;
  }

  @Override
  public Ciphertext encrypt(byte[] plaintext, byte[] associatedData) {
    MasterKey key = keys.current();
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return new Ciphertext(key.id(), Base64.getEncoder().encodeToString(stored));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  @Override
  public byte[] decrypt(Ciphertext ciphertext, byte[] associatedData) {
    MasterKey key =
        keys.find(ciphertext.masterKeyId())
            .orElseThrow(
                () ->
                    new SecretUnreadableException(
                        "The master key '"
                            + ciphertext.masterKeyId()
                            + "' that encrypted this secret is not available; restore it (see"
                            + " docs/configuration.md, master keys)."));
    byte[] stored;
    try {
      stored = Base64.getDecoder().decode(ciphertext.data());
    } catch (IllegalArgumentException e) {
      throw tampered();
    }
    if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
      throw tampered();
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw tampered();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private static SecretUnreadableException tampered() {
    return new SecretUnreadableException(
        "A stored secret failed its integrity check: its ciphertext was altered or belongs to"
            + " another secret.");
  }
}
