package dev.gatehouse.access.domain;

/**
 * A user or service principal to create. {@code name} is the user name of a user, the application
 * id of a service principal; {@code displayName} defaults to it. Service principals have no e-mail.
 */
public record NewPrincipal(String name, String displayName, String email, boolean active) {
  public NewPrincipal {
    name = IdentityNames.require("name", name);
    displayName = displayName == null ? name : IdentityNames.require("displayName", displayName);
    email = email == null ? null : IdentityNames.require("emails", email);
  }
}
