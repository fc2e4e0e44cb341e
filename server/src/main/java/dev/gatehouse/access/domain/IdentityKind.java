package dev.gatehouse.access.domain;

/** Everything that can be a member of a group, or be granted a permission. */
public enum IdentityKind {
  USER,
  SERVICE_PRINCIPAL,
  GROUP
}
