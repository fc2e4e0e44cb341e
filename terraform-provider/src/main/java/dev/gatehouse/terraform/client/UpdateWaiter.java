package dev.gatehouse.terraform.client;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Polls an endpoint until its config update is over, as the Databricks SDK waiters do. The delay
 * starts short because readiness checks usually pass within milliseconds, and grows to a cap so a
 * slow provider probe does not cost one request every half second for 45 minutes.
 */
final class UpdateWaiter {
  static final Duration FIRST_DELAY = Duration.ofMillis(500);
  static final Duration MAX_DELAY = Duration.ofSeconds(5);

  private final EndpointsApi endpoints;

  UpdateWaiter(EndpointsApi endpoints) {
    this.endpoints = endpoints;
  }

  JsonNode waitUntilNotUpdating(String name, Duration timeout, Consumer<String> progress) {
    long start = System.nanoTime();
    Duration delay = FIRST_DELAY;
    while (true) {
      // A 404 here (deleted meanwhile) propagates as GatehouseApiException with its own message.
      JsonNode endpoint = endpoints.require(name);
      EndpointState state = EndpointState.of(endpoint);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      progress.accept(line(name, state, elapsed));
      if (state.updateEndedBadly()) {
        throw new EndpointUpdateException(name, endpoint);
      }
      if (!state.inProgress()) {
        return endpoint;
      }
      Duration left = timeout.minus(elapsed);
      if (left.isNegative() || left.isZero()) {
        throw new EndpointWaitTimeoutException(name, endpoint, elapsed);
      }
      sleep(delay.compareTo(left) < 0 ? delay : left);
      delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
    }
  }

  static String line(String name, EndpointState state, Duration elapsed) {
    StringBuilder line =
        new StringBuilder("serving endpoint '")
            .append(name)
            .append("': ")
            .append(state.configUpdate())
            .append(", ready ")
            .append(state.ready());
    if (state.pendingConfigVersion() != null) {
      line.append(", pending config version ").append(state.pendingConfigVersion());
    }
    if (state.servingConfigVersion() != null) {
      line.append(", serving config version ").append(state.servingConfigVersion());
    }
    return line.append(", ").append(seconds(elapsed)).append(" elapsed").toString();
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatehouseUnreachableException("Interrupted while waiting for Gatehouse.", e);
    }
  }
}
