package dev.gatehouse.secrets.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditOutcome;
import dev.gatehouse.audit.domain.AuditedChanges;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Records every change to scopes, secrets, ACLs and master keys, refused attempts included.
 * Summaries name scopes, keys, principals and key ids: never a value.
 */
@ApplicationScoped
public class SecretAudit {
  public static final String SCOPE = "secret-scope";
  public static final String SECRET = "secret";
  public static final String MASTER_KEY = "master-key";

  @Inject AuditLog log;
  @Inject AuditedChanges audited;

  /**
   * Runs a change and records it afterwards: as a success with the summaries of its result, or,
   * when it is refused, with the refusal's outcome and message.
   */
  public <T> T record(
      Caller caller,
      String action,
      String targetType,
      String targetName,
      Supplier<T> change,
      Function<T, JsonNode> before,
      Function<T, JsonNode> after) {
    return audited.run(caller.userName(), action, targetType, targetName, change, before, after);
  }

  /** Records an attempt that is refused whatever the circumstances. */
  public void refused(
      Caller caller, String action, String targetType, String targetName, GatehouseException e) {
    log.record(
        AuditEvent.success(caller.userName(), action, targetType, targetName)
            .refused(AuditOutcome.of(e.code()), e.getMessage()));
  }

  /** A summary from alternating names and values; null values are left out. */
  public static JsonNode summary(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return Json.MAPPER.valueToTree(fields);
  }
}
