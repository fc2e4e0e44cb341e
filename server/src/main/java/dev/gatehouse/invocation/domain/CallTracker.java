package dev.gatehouse.invocation.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.ratelimit.domain.Admission;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follows one call from the moment its endpoint is known to its end, and tells the {@link
 * CallOutcome} exactly once however the call ends. Streams hand it to the relay, which ends it.
 *
 * <p>On an endpoint with an inference table it also keeps the call's payloads ({@link
 * CallPayloads}): references to the request and answer trees the call holds anyway, and for a
 * stream a {@link StreamCapture} bounded by the payload cap. On any other endpoint it keeps
 * nothing.
 */
public final class CallTracker {
  private static final Logger LOG = Logger.getLogger(CallTracker.class.getName());

  private final Consumer<CallOutcome> sink;
  private final ServingSnapshot endpoint;
  private final Caller caller;
  private final Instant startedAt;
  private final long startNanos;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile InvocationRequest request;
  private volatile long firstTokenNanos;
  private volatile Admission admission;

  /** 0 when nothing is captured (see {@link #capturing}). */
  private final int payloadCap;

  private volatile JsonNode requestPayload;
  private volatile JsonNode responsePayload;
  private volatile StreamCapture streamCapture;

  public CallTracker(
      Consumer<CallOutcome> sink,
      ServingSnapshot endpoint,
      Caller caller,
      Instant startedAt,
      long startNanos) {
    this(sink, endpoint, caller, startedAt, startNanos, 0);
  }

  /**
   * @param payloadCap bytes each stored payload is capped at; payloads are captured only when it is
   *     positive and the endpoint's inference table is enabled
   */
  public CallTracker(
      Consumer<CallOutcome> sink,
      ServingSnapshot endpoint,
      Caller caller,
      Instant startedAt,
      long startNanos,
      int payloadCap) {
    this.sink = sink;
    this.endpoint = endpoint;
    this.caller = caller;
    this.startedAt = startedAt;
    this.startNanos = startNanos;
    this.payloadCap = payloadCap > 0 && inferenceTableEnabled(endpoint) ? payloadCap : 0;
  }

  private static boolean inferenceTableEnabled(ServingSnapshot endpoint) {
    return endpoint != null
        && endpoint.gateway() != null
        && endpoint.gateway().inferenceTableConfig() != null
        && endpoint.gateway().inferenceTableConfig().path("enabled").asBoolean(false);
  }

  private boolean capturing() {
    return payloadCap > 0;
  }

  /**
   * The request body as the caller sent it. Kept by reference: {@link InvocationRequest} works on a
   * copy, so the tree is not changed afterwards.
   */
  void received(ObjectNode body) {
    if (capturing()) {
      requestPayload = body;
    }
  }

  /**
   * A chunk of a stream went to the caller: the first one marks the time to first token, and on an
   * endpoint with an inference table each one is captured.
   */
  public void chunk(ObjectNode chunk) {
    if (firstTokenNanos == 0) {
      firstTokenNanos = System.nanoTime();
    }
    if (capturing()) {
      streamCapture().chunk(chunk);
    }
  }

  /** Made on the first chunk: a call that does not stream never needs one. */
  private StreamCapture streamCapture() {
    StreamCapture capture = streamCapture;
    if (capture == null) {
      streamCapture = capture = new StreamCapture(endpoint.task(), payloadCap);
    }
    return capture;
  }

  /** The parsed request, once it is known (a call can fail before). */
  void request(InvocationRequest parsed) {
    this.request = parsed;
  }

  /** The call got past its rate limits; its outcome settles what it took. */
  void admitted(Admission taken) {
    this.admission = taken;
  }

  void answered(Answer answer) {
    if (capturing()) {
      responsePayload = answer.body();
    }
    end(200, null, answer.usage());
  }

  void failed(GatehouseException e) {
    if (capturing()) {
      responsePayload =
          Json.MAPPER
              .createObjectNode()
              .put("error_code", e.code().name())
              .put("message", e.getMessage());
    }
    end(e.code().status(), e.code().name(), CallOutcome.NO_TOKENS);
  }

  /** A stream ended: completely ({@code errorCode} null), on an error event, or the caller left. */
  public void streamEnded(Usage usage, String errorCode) {
    streamEnded(usage, errorCode, null);
  }

  /** A stream ended on the error event whose message the caller got. */
  public void streamEnded(Usage usage, String errorCode, String message) {
    if (capturing()) {
      StreamCapture capture = streamCapture();
      if (message != null) {
        capture.failed(message);
      }
      responsePayload = capture.answer(usage);
    }
    end(
        CallOutcome.CLIENT_CLOSED_REQUEST.equals(errorCode) ? 499 : 200,
        errorCode,
        usage == null ? CallOutcome.NO_TOKENS : usage);
  }

  /**
   * Charges the call's real tokens against its rate limits (a stream: now that it ended), and gives
   * the call back when Gatehouse refused it without asking the provider ({@code
   * TEMPORARILY_UNAVAILABLE}: an open breaker or a full bulkhead told the caller to retry, so the
   * retry should not pay twice). Every other admitted call keeps its charge, as Databricks counts
   * the requests its gateway let through; a call no provider answered used 0 tokens, which gives
   * any reservation back.
   */
  private void settle(String errorCode, Usage usage) {
    Admission taken = admission;
    if (taken != null) {
      taken.settle(usage.totalTokens(), ErrorCode.TEMPORARILY_UNAVAILABLE.name().equals(errorCode));
    }
  }

  private CallPayloads payloads() {
    if (!capturing()) {
      return null;
    }
    StreamCapture capture = streamCapture;
    return new CallPayloads(requestPayload, responsePayload, capture != null && capture.cut());
  }

  private void end(int status, String errorCode, Usage usage) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    long now = System.nanoTime();
    InvocationRequest parsed = request;
    long firstToken = firstTokenNanos;
    boolean stream = firstToken != 0 || (parsed != null && parsed.invocation().stream());
    CallOutcome outcome =
        new CallOutcome(
            endpoint,
            caller,
            parsed == null ? null : parsed.clientRequestId(),
            parsed == null ? null : parsed.usageContext(),
            stream,
            status,
            errorCode,
            usage,
            startedAt,
            Duration.ofNanos(now - startNanos),
            firstToken != 0 ? Duration.ofNanos(firstToken - startNanos) : null,
            CallOutcome.newCallId(),
            payloads());
    try {
      settle(errorCode, usage);
      sink.accept(outcome);
    } catch (RuntimeException e) {
      // A bug settling or observing must not turn a served call into a failed one.
      LOG.log(Level.WARNING, "Ending a call's accounting failed", e);
    }
  }
}
