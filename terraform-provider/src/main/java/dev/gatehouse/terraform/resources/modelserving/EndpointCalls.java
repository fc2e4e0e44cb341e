package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.terraform.client.EndpointState;
import dev.gatehouse.terraform.client.EndpointUpdateException;
import dev.gatehouse.terraform.client.EndpointsApi;
import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.framework.ProviderLog;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The calls of one create or update of an endpoint, within one deadline. A 409 RESOURCE_CONFLICT
 * means another config update (someone else's, or a previous apply's) is still running: wait for it
 * to end, then send the change again, rather than fail the apply.
 */
final class EndpointCalls {
  private final EndpointsApi endpoints;
  private final String name;
  private final long deadline;

  EndpointCalls(EndpointsApi endpoints, String name, Duration timeout) {
    this.endpoints = endpoints;
    this.name = name;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /** Runs {@code call}, waiting out concurrent updates until the deadline. */
  <T> T send(String what, Supplier<T> call) {
    while (true) {
      try {
        return call.get();
      } catch (GatehouseApiException e) {
        if (!e.resourceConflict() || left().isNegative() || !updating()) {
          throw e;
        }
        ProviderLog.info(
            "serving endpoint '"
                + name
                + "': "
                + what
                + " waits for a concurrent update: "
                + e.getMessage());
        waitForOthers();
      }
    }
  }

  /** Waits until the endpoint's update is over; its failure is this apply's failure. */
  JsonNode waitUntilNotUpdating() {
    return endpoints.waitUntilNotUpdating(name, left(), ProviderLog::info);
  }

  /** Someone else's update ending badly is not ours to report: only its end matters. */
  private void waitForOthers() {
    try {
      endpoints.waitUntilNotUpdating(name, left(), ProviderLog::info);
    } catch (EndpointUpdateException theirs) {
      ProviderLog.info(
          "serving endpoint '" + name + "': the concurrent update ended: " + theirs.getMessage());
    }
  }

  /** Whether an update runs now: other conflicts (e.g. nothing to cancel) are not waited on. */
  private boolean updating() {
    return endpoints.get(name).map(e -> EndpointState.of(e).inProgress()).orElse(false);
  }

  private Duration left() {
    return Duration.ofNanos(deadline - System.nanoTime());
  }
}
