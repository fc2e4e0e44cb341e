package dev.gatehouse.access.domain;

/** One change to a user or service principal, as a PATCH or PUT asks for it. */
public sealed interface PrincipalChange {
  record Rename(String displayName) implements PrincipalChange {
    public Rename {
      displayName = IdentityNames.require("displayName", displayName);
    }
  }

  /** Deactivated principals keep their tokens and memberships but cannot authenticate. */
  record Activate(boolean active) implements PrincipalChange {}

  /**
   * A full replacement (PUT) repeats the user name or application id, which cannot change; this
   * checks that it did not (ignoring case).
   */
  record ConfirmName(String name) implements PrincipalChange {}

  /** Users only; null removes the address. */
  record ChangeEmail(String email) implements PrincipalChange {
    public ChangeEmail {
      email = email == null ? null : IdentityNames.require("emails", email);
    }
  }
}
