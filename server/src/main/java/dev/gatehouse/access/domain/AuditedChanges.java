package dev.gatehouse.access.domain;

import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditOutcome;
import dev.gatehouse.platform.errors.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a change of identities or tokens and records it in the audit trail: the finished change
 * after it committed, or the attempt with the reason it was refused (403, 404, 409, 400) or failed.
 */
@ApplicationScoped
public class AuditedChanges {
  @Inject AuditLog log;

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
}
