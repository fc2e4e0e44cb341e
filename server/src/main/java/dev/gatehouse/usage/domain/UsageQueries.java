package dev.gatehouse.usage.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.EndpointAccessPolicy;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.EndpointNotFoundException;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Answers the usage API. What an endpoint costs is its managers' business, like its config: the
 * caller needs CAN_MANAGE (admins hold it everywhere). Records are looked up by the endpoint's id,
 * so a new endpoint that reuses a deleted one's name does not inherit its usage.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UsageQueries {
  @Inject EndpointRepository endpoints;
  @Inject EndpointAccessPolicy access;
  @Inject UsageRepository usage;
  @Inject Clock clock;

  public UsageReport report(
      EndpointName name, String startTime, String endTime, String groupBy, Caller caller) {
    ServingEndpoint endpoint =
        endpoints
            .findByName(name.value())
            .orElseThrow(() -> new EndpointNotFoundException(name.value()));
    access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    UsageQuery query =
        UsageQuery.parse(endpoint.id(), startTime, endTime, groupBy, clock.instant());
    return UsageReport.of(endpoint.name(), query, usage.aggregate(query), usage.latencies(query));
  }
}
