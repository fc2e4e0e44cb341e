package dev.gatehouse.audit.domain;

import java.util.List;

/**
 * Port every context reports its changes to. {@link #record} commits on its own, so a refused
 * attempt is kept even though the change it tried is rolled back.
 */
public interface AuditLog {
  void record(AuditEvent event);

  /** Newest first, at most {@code query.limit()} records. */
  List<AuditRecord> search(AuditQuery query);
}
