package dev.gatehouse.secrets.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalInt;

/**
 * Keys of the managed secrets: {@code <endpoint id>.v<version>.<field path>}, for example {@code
 * 3f2a….v2.e0.openai_config.openai_api_key}. Each config version gets its own secrets, so an update
 * never changes what the serving version uses, and an endpoint's secrets share one prefix.
 */
public final class ManagedKeys {
  private ManagedKeys() {}

  public static KeyName of(String endpointId, int version, String path) {
    String key = prefix(endpointId) + "v" + version + "." + path;
    if (key.length() > SecretNames.MAX_LENGTH) {
      key = prefix(endpointId) + "v" + version + ".h" + sha256(path).substring(0, 32);
    }
    return new KeyName(key);
  }

  /** What every managed key of an endpoint starts with. */
  public static String prefix(String endpointId) {
    return endpointId + ".";
  }

  /** The config version a managed key belongs to; empty for a key of another shape. */
  public static OptionalInt versionOf(KeyName key) {
    String[] parts = key.value().split("\\.", 3);
    if (parts.length < 3 || !parts[1].matches("v[0-9]{1,9}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(parts[1].substring(1)));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
