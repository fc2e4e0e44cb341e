package dev.gatehouse.audit.domain;

import dev.gatehouse.platform.errors.ErrorCode;

/** How an audited action ended: done, or which kind of refusal. */
public enum AuditOutcome {
  SUCCESS,
  DENIED,
  CONFLICT,
  INVALID,
  NOT_FOUND,
  FAILED;

  /** The outcome of an action refused with this error. */
  public static AuditOutcome of(ErrorCode code) {
    return switch (code) {
      case PERMISSION_DENIED, UNAUTHENTICATED -> DENIED;
      case RESOURCE_CONFLICT, RESOURCE_ALREADY_EXISTS -> CONFLICT;
      case RESOURCE_DOES_NOT_EXIST, ENDPOINT_NOT_FOUND -> NOT_FOUND;
      case INTERNAL_ERROR -> FAILED;
      default -> INVALID;
    };
  }
}
