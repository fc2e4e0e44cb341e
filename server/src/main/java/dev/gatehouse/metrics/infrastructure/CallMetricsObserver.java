package dev.gatehouse.metrics.infrastructure;

import dev.gatehouse.endpoints.domain.EndpointChanged;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.metrics.domain.CallMetrics;
import dev.gatehouse.ratelimit.domain.LimitRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Feeds {@link CallMetrics} from the data plane's events, on the caller's thread (O(1), no
 * database), and drops an endpoint's series once a committed change shows the endpoint gone or its
 * name taken by another one. That check reads the database, but only when endpoints change.
 */
@ApplicationScoped
public class CallMetricsObserver {
  @Inject CallMetrics metrics;
  @Inject EndpointRepository endpoints;

  void ended(@Observes CallOutcome call) {
    metrics.record(call);
  }

  void refused(@Observes LimitRefused refusal) {
    metrics.refused(refusal);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndpointChanged changed) {
    Set<String> names =
        changed.endpoint() == null ? metrics.endpoints() : Set.of(changed.endpoint());
    for (String name : names) {
      metrics.retain(name, endpoints.findByName(name).map(ServingEndpoint::id));
    }
  }
}
