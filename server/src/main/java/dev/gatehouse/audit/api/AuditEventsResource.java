package dev.gatehouse.audit.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditQuery;
import dev.gatehouse.audit.domain.AuditRecord;
import dev.gatehouse.platform.api.QueryParameters;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.json.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The audit trail, newest first, for admins. */
@Path("api/2.0/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditEventsResource {
  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 1000;

  @Inject AuditLog audit;
  @Inject CallerContext caller;

  record Event(
      long id,
      long eventTime,
      String principal,
      String action,
      String targetType,
      String targetName,
      String outcome,
      String message,
      JsonNode before,
      JsonNode after) {
    static Event of(AuditRecord r) {
      return new Event(
          r.id(),
          r.eventTime(),
          r.principal(),
          r.action(),
          r.targetType(),
          r.targetName(),
          r.outcome().name(),
          r.message(),
          r.beforeJson() == null ? null : Json.MAPPER.readTree(r.beforeJson()),
          r.afterJson() == null ? null : Json.MAPPER.readTree(r.afterJson()));
    }
  }

  record Page(List<Event> events, String nextPageToken) implements JsonBody {}

  @GET
  public Page search(
      @QueryParam("target_type") String targetType,
      @QueryParam("target_name") String targetName,
      @QueryParam("principal") String principal,
      @QueryParam("start_time") String start,
      @QueryParam("end_time") String end,
      @QueryParam("page_token") String pageToken,
      @QueryParam("max_results") String maxResults) {
    if (!caller.get().admin()) {
      throw new PermissionDeniedException("Only admins may read the audit trail.");
    }
    int limit = QueryParameters.pageSize(maxResults, DEFAULT_PAGE, MAX_PAGE);
    Long startTime = start == null ? null : QueryParameters.epochMillis("start_time", start);
    Long endTime = end == null ? null : QueryParameters.epochMillis("end_time", end);
    if (startTime != null && endTime != null && endTime <= startTime) {
      throw new InvalidParameterException(
          "end_time (" + endTime + ") must be after start_time (" + startTime + ").");
    }
    List<AuditRecord> records =
        audit.search(
            new AuditQuery(
                targetType, targetName, principal, startTime, endTime, beforeId(pageToken), limit));
    String next = records.size() == limit ? Long.toString(records.get(limit - 1).id()) : null;
    return new Page(records.stream().map(Event::of).toList(), next);
  }

  private static Long beforeId(String pageToken) {
    if (pageToken == null || pageToken.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(pageToken.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below: event ids are positive
    }
    throw new InvalidParameterException(
        "page_token is not one this API returned; pass next_page_token unchanged.");
  }
}
