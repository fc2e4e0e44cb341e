package dev.gatehouse.access.domain;

/** Levels on a serving endpoint, weakest first, so a level includes every one before it. */
public enum PermissionLevel {
  CAN_VIEW,
  CAN_QUERY,
  CAN_MANAGE;

  public boolean includes(PermissionLevel other) {
    return compareTo(other) >= 0;
  }
}
