package dev.gatehouse.access.domain;

/** A token just made: its value, shown this once and never stored, and what is stored of it. */
public record IssuedToken(String value, ApiToken info) {
  @Override
  public String toString() {
    return "IssuedToken[" + info.tokenId() + "]";
  }
}
