package dev.gatehouse.invocation.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.EndpointNotFoundException;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.ProviderRegistry;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.ratelimit.domain.LimitedCall;
import dev.gatehouse.ratelimit.domain.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call to an endpoint: who may, what it is, where it goes. Reads only the in-memory snapshot,
 * so the hot path never waits for the database; the snapshot taken at the start is the one the call
 * finishes on.
 */
@ApplicationScoped
public class InvocationService {
  @Inject ServingSnapshots snapshots;
  @Inject ProviderRegistry registry;
  @Inject ProviderTargets targets;
  @Inject ProviderGateway gateway;
  @Inject RateLimiter limits;
  @Inject Event<CallOutcome> outcomes;
  @Inject Clock clock;

  /** Bounds what an inference table captures of a call (only on endpoints that have one). */
  @Inject
  @ConfigProperty(
      name = "gatehouse.inference-tables.max-payload-bytes",
      defaultValue = CallPayloads.DEFAULT_MAX_BYTES)
  int payloadCap;

  /** What a call produced: a complete answer, or a stream still arriving. */
  public sealed interface Result permits Answered, Streaming {
    String servedModelName();
  }

  public record Answered(Answer answer, String servedModelName) implements Result {}

  /** A stream still arriving; whoever relays it ends its {@code tracker}. */
  public record Streaming(
      Invocation invocation,
      StreamTranslator translator,
      InputStream body,
      String servedModelName,
      CallTracker tracker)
      implements Result {}

  /**
   * @param route the task the route implies (the OpenAI-compatible routes), or null for {@code
   *     /invocations}, which takes the endpoint's task
   */
  public Result invoke(String endpointName, Task route, ObjectNode body, Caller caller) {
    long startNanos = System.nanoTime();
    Instant startedAt = clock.instant();
    ServingSnapshot snapshot =
        snapshots.find(endpointName).orElseThrow(() -> new EndpointNotFoundException(endpointName));
    CallTracker tracker =
        new CallTracker(outcomes::fire, snapshot, caller, startedAt, startNanos, payloadCap);
    tracker.received(body);
    try {
      return invoke(snapshot, route, body, caller, tracker);
    } catch (GatehouseException e) {
      tracker.failed(e);
      throw e;
    }
  }

  private Result invoke(
      ServingSnapshot snapshot, Task route, ObjectNode body, Caller caller, CallTracker tracker) {
    String endpointName = snapshot.endpointName();
    if (snapshot.levelFor(caller).filter(l -> l.includes(PermissionLevel.CAN_QUERY)).isEmpty()) {
      throw new PermissionDeniedException(
          "'"
              + caller.userName()
              + "' needs CAN_QUERY on serving endpoint '"
              + endpointName
              + "' to query it.");
    }
    if (snapshot.model() == null) {
      throw new EndpointNotServingException(
          endpointName, "has no config serving an external model yet.");
    }
    if (route != null && route != snapshot.task()) {
      throw new InvalidParameterException(
          "Serving endpoint '"
              + endpointName
              + "' serves task "
              + snapshot.task().wire()
              + "; this route is for "
              + route.wire()
              + ".");
    }
    InvocationRequest request =
        InvocationRequest.of(snapshot.task(), body, snapshot.servedEntityName());
    tracker.request(request);
    Invocation invocation = request.invocation();
    // After the request is understood (a malformed one costs nothing), before the provider.
    tracker.admitted(
        limits.admit(
            new LimitedCall(
                snapshot.endpointId(),
                endpointName,
                snapshot.gateway(),
                snapshot.legacyRateLimits(),
                caller,
                invocation.body())));
    ProviderAdapter adapter = registry.adapterFor(snapshot.model().providerKind());
    ProviderTarget target = targets.of(snapshot.model());
    UpstreamRequest upstream = adapter.request(invocation, target);
    if (invocation.stream()) {
      ProviderGateway.OpenStream open = gateway.open(adapter, upstream);
      return new Streaming(
          invocation,
          adapter.stream(invocation),
          open.body(),
          snapshot.servedEntityName(),
          tracker);
    }
    UpstreamResponse response = gateway.call(adapter, upstream);
    Answer answer = answer(adapter, invocation, response);
    tracker.answered(answer);
    return new Answered(answer, snapshot.servedEntityName());
  }

  /**
   * Adapters report a successful response they cannot translate (not JSON, or an error finish
   * inside a 200) with an {@link IllegalStateException} whose message is safe to show: that is the
   * provider's failure, a 502, not Gatehouse's.
   */
  private static Answer answer(
      ProviderAdapter adapter, Invocation invocation, UpstreamResponse response) {
    try {
      return adapter.answer(invocation, response);
    } catch (IllegalStateException e) {
      throw ClientFailures.unusableAnswer(e.getMessage());
    } catch (JacksonException e) {
      throw ClientFailures.unusableAnswer("it is not the JSON the provider documents.");
    }
  }
}
