package dev.gatehouse.secrets.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key that encrypts secret values. Its id is a fingerprint of the key itself, so the
 * same key has the same id whether it comes from a file or from configuration, and an operator
 * never has to name keys. The fingerprint is a domain-separated SHA-256 cut to 64 bits: it tells
 * keys apart and reveals nothing usable about a random 256-bit key.
 */
public final class MasterKey {
  public static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] ID_DOMAIN =
      "gatehouse master key id\0".getBytes(StandardCharsets.UTF_8);

  private final String id;
  private final SecretKey key;

  private MasterKey(byte[] material) {
    if (material.length != BYTES) {
      throw new IllegalArgumentException(
          "a master key is " + BYTES + " bytes, not " + material.length);
    }
    this.id = fingerprint(material);
    this.key = new SecretKeySpec(material, "AES");
  }

  public static MasterKey of(byte[] material) {
    return new MasterKey(material.clone());
  }

  public static MasterKey generate() {
    byte[] material = new byte[BYTES];
    RANDOM.nextBytes(material);
    return new MasterKey(material);
  }

  /**
   * Reads a key written as base64 of 32 bytes.
   *
   * @param source where the text came from, for the message (the text itself is never repeated)
   */
  public static MasterKey fromBase64(String text, String source) {
    byte[] material;
    try {
      material = Base64.getDecoder().decode(text.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + " is not base64; it must be base64 of 32 bytes");
    }
    if (material.length != BYTES) {
      throw new IllegalArgumentException(
          source + " holds " + material.length + " bytes; it must be base64 of exactly 32 bytes");
    }
    return new MasterKey(material);
  }

  public String id() {
    return id;
  }

  public SecretKey key() {
    return key;
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static String fingerprint(byte[] material) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ID_DOMAIN);
      byte[] digest = sha.digest(material);
      return "mk-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MasterKey k && k.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Never the key material. */
  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
