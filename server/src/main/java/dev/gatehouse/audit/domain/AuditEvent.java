package dev.gatehouse.audit.domain;

import tools.jackson.databind.JsonNode;

/**
 * One audited action. {@code action} is a dotted verb such as {@code endpoint.config.update} or
 * {@code secret.put}; the target is a type (e.g. {@code serving-endpoint}, {@code secret-scope})
 * and a name. {@code before} and {@code after} are summaries of the target and may be null; the log
 * redacts every credential in them before storing, so callers need not.
 */
public record AuditEvent(
    String principal,
    String action,
    String targetType,
    String targetName,
    AuditOutcome outcome,
    String message,
    JsonNode before,
    JsonNode after) {

  public static AuditEvent success(
      String principal, String action, String targetType, String targetName) {
    return new AuditEvent(
        principal, action, targetType, targetName, AuditOutcome.SUCCESS, null, null, null);
  }

  public AuditEvent withChange(JsonNode newBefore, JsonNode newAfter) {
    return new AuditEvent(
        principal, action, targetType, targetName, outcome, message, newBefore, newAfter);
  }

  public AuditEvent refused(AuditOutcome newOutcome, String reason) {
    return new AuditEvent(
        principal, action, targetType, targetName, newOutcome, reason, before, after);
  }
}
