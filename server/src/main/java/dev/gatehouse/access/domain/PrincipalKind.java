package dev.gatehouse.access.domain;

/** The kinds of identity that can hold a token; groups hold none and so are not principals. */
public enum PrincipalKind {
  USER,
  SERVICE_PRINCIPAL;

  /** How messages name this kind: "User" or "Service principal". */
  public String label() {
    return this == USER ? "User" : "Service principal";
  }

  public IdentityKind identityKind() {
    return this == USER ? IdentityKind.USER : IdentityKind.SERVICE_PRINCIPAL;
  }
}
