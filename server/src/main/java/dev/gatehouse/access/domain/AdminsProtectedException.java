package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/**
 * A change that would leave Gatehouse without an administrator: deleting or renaming the {@code
 * admins} group, or removing, deactivating or deleting its last active member.
 */
public class AdminsProtectedException extends GatehouseException {
  public AdminsProtectedException(String message) {
    super(ErrorCode.RESOURCE_CONFLICT, message);
  }
}
