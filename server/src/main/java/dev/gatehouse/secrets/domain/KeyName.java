package dev.gatehouse.secrets.domain;

/** A secret's name within its scope, the second part of {@code {{secrets/<scope>/<key>}}}. */
public record KeyName(String value) {
  public KeyName {
    SecretNames.check(value, "Secret key");
  }

  @Override
  public String toString() {
    return value;
  }
}
