package dev.gatehouse.secrets.domain;

/** A secret scope's name, the first part of {@code {{secrets/<scope>/<key>}}}. */
public record ScopeName(String value) {
  /** The scope where Gatehouse keeps the {@code *_plaintext} credentials of endpoint configs. */
  public static final ScopeName MANAGED = new ScopeName("gatehouse-managed");

  public ScopeName {
    SecretNames.check(value, "Secret scope name");
  }

  public boolean managed() {
    return equals(MANAGED);
  }

  @Override
  public String toString() {
    return value;
  }
}
