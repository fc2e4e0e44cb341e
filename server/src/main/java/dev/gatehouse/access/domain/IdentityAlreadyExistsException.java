package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A user name, application id or group name already taken; names are compared ignoring case. */
public class IdentityAlreadyExistsException extends GatehouseException {
  public IdentityAlreadyExistsException(String what, String attribute, String existing) {
    super(
        ErrorCode.RESOURCE_ALREADY_EXISTS,
        what
            + " with "
            + attribute
            + " '"
            + existing
            + "' already exists (names are compared ignoring case).");
  }
}
