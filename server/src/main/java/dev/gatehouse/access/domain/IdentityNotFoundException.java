package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ResourceNotFoundException;

/** No user, service principal or group with that id or name. */
public class IdentityNotFoundException extends ResourceNotFoundException {
  public IdentityNotFoundException(String what, String key) {
    super(what + " '" + key + "' not found.");
  }
}
