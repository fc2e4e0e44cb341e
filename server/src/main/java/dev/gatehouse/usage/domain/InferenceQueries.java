package dev.gatehouse.usage.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.EndpointNotFoundException;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Answers the inference records API. Payloads are what callers asked and were told, which may be
 * anyone's business data, so only admins read them: an endpoint's managers see what it costs (the
 * usage API), not what its callers said. Records are looked up by the endpoint's id, as usage is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InferenceQueries {
  @Inject EndpointRepository endpoints;
  @Inject InferenceRepository records;
  @Inject Clock clock;

  /** A page of records, and the query that resumes after it (null on the last page). */
  public record Page(String endpointName, List<InferenceRecord> records, String nextPageToken) {}

  public Page page(
      EndpointName name,
      String startTime,
      String endTime,
      String maxResults,
      String pageToken,
      Caller caller) {
    if (!caller.admin()) {
      throw new PermissionDeniedException(
          "'" + caller.userName() + "' may not read inference records: only admins may.");
    }
    ServingEndpoint endpoint =
        endpoints
            .findByName(name.value())
            .orElseThrow(() -> new EndpointNotFoundException(name.value()));
    InferenceQuery query =
        InferenceQuery.parse(
            endpoint.id(), startTime, endTime, maxResults, pageToken, clock.instant());
    List<InferenceRecord> page = records.page(query);
    String next = null;
    if (page.size() == query.maxResults()) {
      InferenceRecord last = page.get(page.size() - 1);
      next = new InferenceQuery.Cursor(last.callTime(), last.id()).token();
    }
    return new Page(endpoint.name(), page, next);
  }
}
