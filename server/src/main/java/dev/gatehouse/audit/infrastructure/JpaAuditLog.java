package dev.gatehouse.audit.infrastructure;

import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditQuery;
import dev.gatehouse.audit.domain.AuditRecord;
import dev.gatehouse.audit.domain.Redactor;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The audit trail in the database, written in a transaction of its own. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {
  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    em.persist(
        new AuditRecord(
            event, summary(event.before()), summary(event.after()), System.currentTimeMillis()));
  }

  private static String summary(JsonNode node) {
    return node == null ? null : Json.MAPPER.writeValueAsString(Redactor.redact(node));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditRecord> search(AuditQuery query) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    filter(where, params, "a.targetType = :targetType", "targetType", query.targetType());
    filter(where, params, "a.targetName = :targetName", "targetName", query.targetName());
    filter(where, params, "a.principal = :principal", "principal", query.principal());
    filter(where, params, "a.eventTime >= :startTime", "startTime", query.startTime());
    filter(where, params, "a.eventTime < :endTime", "endTime", query.endTime());
    filter(where, params, "a.id < :beforeId", "beforeId", query.beforeId());
    String jpql =
        "SELECT a FROM AuditRecord a"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY a.id DESC";
    TypedQuery<AuditRecord> q = em.createQuery(jpql, AuditRecord.class);
    params.forEach(q::setParameter);
    return q.setMaxResults(query.limit()).getResultList();
  }

  private static void filter(
      List<String> where, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      where.add(clause);
      params.put(name, value);
    }
  }
}
