package dev.gatehouse.access.domain;

/** The kinds of identity that can hold a token; groups hold none and so are not principals. */
public enum PrincipalKind {
  USER,
  SERVICE_PRINCIPAL
}
