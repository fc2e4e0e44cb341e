package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A secret's value while Gatehouse holds it in memory. It prints as {@code [REDACTED]}, so a log
 * line or an exception message that includes it by mistake reveals nothing.
 */
public final class SecretValue {
  /** 128 KiB, the Databricks limit. */
  public static final int MAX_BYTES = 128 * 1024;

  private final byte[] bytes;

  private SecretValue(byte[] bytes) {
    this.bytes = bytes;
  }

  public static SecretValue of(byte[] bytes) {
    return new SecretValue(bytes.clone());
  }

  public static SecretValue of(String text) {
    return new SecretValue(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The value of a put request, which gives it exactly once, as text or as base64. */
  public static SecretValue fromRequest(String stringValue, String bytesValue) {
    if ((stringValue == null) == (bytesValue == null)) {
      throw new InvalidParameterException(
          "Set exactly one of string_value or bytes_value"
              + (stringValue == null ? "; neither is set." : "; both are set."));
    }
    if (stringValue != null) {
      return of(stringValue);
    }
    try {
      return new SecretValue(Base64.getDecoder().decode(bytesValue));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("bytes_value must be base64 (standard alphabet).");
    }
  }

  /** Refuses a value over {@link #MAX_BYTES}; {@code what} names it in the message. */
  public SecretValue checkSize(String what) {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidParameterException(
          what
              + " is "
              + bytes.length
              + " bytes; a secret holds at most "
              + MAX_BYTES
              + " bytes (128 KiB).");
    }
    return this;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** The value as UTF-8 text, the form every provider credential takes. */
  public String asString() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public int length() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return "[REDACTED]";
  }
}
