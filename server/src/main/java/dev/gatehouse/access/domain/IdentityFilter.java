package dev.gatehouse.access.domain;

/**
 * Selects identities whose name or display name equals a value, ignoring case (user names and group
 * names are unique regardless of case). {@code NAME} is the user name of a user, the application id
 * of a service principal, the display name of a group.
 */
public record IdentityFilter(Field field, String value) {
  public enum Field {
    NAME,
    DISPLAY_NAME
  }
}
