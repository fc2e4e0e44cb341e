package dev.gatehouse.metrics.infrastructure;

import dev.gatehouse.endpoints.domain.EndpointDeleted;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.metrics.domain.CallMetrics;
import dev.gatehouse.ratelimit.domain.LimitRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Feeds {@link CallMetrics} from the events of the data plane and of endpoints, on the thread that
 * fires them: a few in-memory updates, no database.
 */
@ApplicationScoped
public class CallMetricsObserver {
  @Inject CallMetrics metrics;

  void ended(@Observes CallOutcome call) {
    metrics.record(call);
  }

  void refused(@Observes LimitRefused refusal) {
    metrics.refused(refusal);
  }

  void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndpointDeleted deleted) {
    metrics.drop(deleted.endpointName(), deleted.endpointId());
  }
}
