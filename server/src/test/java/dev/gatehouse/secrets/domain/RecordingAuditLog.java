package dev.gatehouse.secrets.domain;

import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditQuery;
import dev.gatehouse.audit.domain.AuditRecord;
import java.util.ArrayList;
import java.util.List;

/** Keeps the events it is given, for assertions. */
final class RecordingAuditLog implements AuditLog {
  final List<AuditEvent> events = new ArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(event);
  }

  @Override
  public List<AuditRecord> search(AuditQuery query) {
    throw new UnsupportedOperationException();
  }
}
