package dev.gatehouse.invocation.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.ratelimit.domain.Admission;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows one call from the moment its endpoint is known to its end, and tells the {@link
 * CallOutcome} exactly once however the call ends. Streams hand it to the relay, which ends it.
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

  public CallTracker(
      Consumer<CallOutcome> sink,
      ServingSnapshot endpoint,
      Caller caller,
      Instant startedAt,
      long startNanos) {
    this.sink = sink;
    this.endpoint = endpoint;
    this.caller = caller;
    this.startedAt = startedAt;
    this.startNanos = startNanos;
  }

  /** The parsed request, once it is known (a call can fail before). */
  void request(InvocationRequest parsed) {
    this.request = parsed;
  }

  /** The call got past its rate limits; its outcome settles what it took. */
  void admitted(Admission taken) {
    this.admission = taken;
  }

  /** The first chunk of a stream went to the caller. */
  public void firstToken() {
    if (firstTokenNanos == 0) {
      firstTokenNanos = System.nanoTime();
    }
  }

  void answered(Usage usage) {
    end(200, null, usage);
  }

  void failed(GatehouseException e) {
    end(e.code().status(), e.code().name(), CallOutcome.NO_TOKENS);
  }

  /** A stream ended: completely ({@code errorCode} null), on an error event, or the caller left. */
  public void streamEnded(Usage usage, String errorCode) {
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
            firstToken != 0 ? Duration.ofNanos(firstToken - startNanos) : null);
    try {
      settle(errorCode, usage);
      sink.accept(outcome);
    } catch (RuntimeException e) {
      // A bug settling or observing must not turn a served call into a failed one.
      LOG.log(Level.WARNING, "Ending a call's accounting failed", e);
    }
  }
}
