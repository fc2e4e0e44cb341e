package dev.gatehouse.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token generation and hashing. A plain SHA-256 is enough because tokens carry 256 random bits:
 * there is nothing to brute-force, and lookup by hash stays a single indexed query.
 */
public final class Tokens {
  /**
   * Recognisable prefix (Gatehouse access token) so secret scanners and humans can tell it apart.
   */
  public static final String PREFIX = "gat_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String newTokenId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
