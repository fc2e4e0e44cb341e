package dev.gatehouse.audit.domain;

import dev.gatehouse.platform.errors.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Runs a change and records it in the audit trail: the finished change after it committed, or the
 * attempt with the reason it was refused (403, 404, 409, 400) or failed. Every context audits its
 * changes through this, so refused attempts are recorded the same way everywhere.
 */
@ApplicationScoped
public class AuditedChanges {
  private AuditLog log;

  /** For CDI's proxy. */
  protected AuditedChanges() {}

  @Inject
  public AuditedChanges(AuditLog log) {
    this.log = log;
  }

  /**
   * @param attempt what is recorded if the change is refused or fails
   * @param change the change; it commits before returning
   * @param done what is recorded once the change is done
   */
  public <T> T run(AuditEvent attempt, Supplier<T> change, Function<T, AuditEvent> done) {
    T result;
    try {
      result = change.get();
    } catch (GatehouseException e) {
      log.record(attempt.refused(AuditOutcome.of(e.code()), e.getMessage()));
      throw e;
    } catch (RuntimeException e) {
      log.record(attempt.refused(AuditOutcome.FAILED, "Internal error; see the server log."));
      throw e;
    }
    log.record(done.apply(result));
    return result;
  }

  /**
   * The common case: {@code principal} does {@code action} to a target, and the record of the
   * finished change carries before/after summaries taken from its result (either may be null).
   */
  public <T> T run(
      String principal,
      String action,
      String targetType,
      String targetName,
      Supplier<T> change,
      Function<T, JsonNode> before,
      Function<T, JsonNode> after) {
    AuditEvent attempt = AuditEvent.success(principal, action, targetType, targetName);
    return run(
        attempt, change, result -> attempt.withChange(before.apply(result), after.apply(result)));
  }
}
