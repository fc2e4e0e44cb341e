package dev.gatehouse.metrics.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.providers.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Call outcomes as the invocation context fires them, for the metrics tests. */
public final class Outcomes {
  private Outcomes() {}

  public static ServingSnapshot endpoint(String id, String name) {
    return new ServingSnapshot(
        id, name, Task.CHAT, 1, name + "-entity", null, AccessControlList.EMPTY, null, List.of());
  }

  public static CallOutcome call(
      ServingSnapshot endpoint,
      int status,
      String errorCode,
      Usage usage,
      Duration latency,
      Duration timeToFirstToken) {
    return new CallOutcome(
        endpoint,
        new Caller(7, PrincipalKind.USER, "alice@example.com", false, Set.of()),
        null,
        null,
        timeToFirstToken != null,
        status,
        errorCode,
        usage,
        Instant.parse("2026-11-27T10:00:00Z"),
        latency,
        timeToFirstToken);
  }

  public static CallOutcome answered(ServingSnapshot endpoint, long millis) {
    return call(endpoint, 200, null, new Usage(10, 5, 15, false), Duration.ofMillis(millis), null);
  }
}
