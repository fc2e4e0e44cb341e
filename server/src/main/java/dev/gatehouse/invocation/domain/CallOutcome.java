package dev.gatehouse.invocation.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.providers.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * What one call to an endpoint came to, fired as a CDI event once it is over: answered, refused, or
 * its stream ended. Usage tracking records it without sitting in the call path's code.
 *
 * @param endpoint the serving version the call ran on
 * @param clientRequestId the caller's {@code client_request_id}, or null
 * @param usageContext the caller's {@code usage_context}, or null
 * @param status the HTTP status the caller got (a stream that broke after it started is still 200;
 *     see {@code errorCode}); 499 when the caller went away mid-stream
 * @param errorCode null when the call succeeded; otherwise the error code the caller saw (or {@code
 *     CLIENT_CLOSED_REQUEST})
 * @param usage the tokens of the call (estimated ones flagged); zero when no provider answered
 * @param timeToFirstToken for streams, until the first chunk was written; null otherwise
 * @param callId unique per call: the usage record and the inference record of a call share it
 * @param payloads for an inference table; null unless the endpoint has one enabled
 */
public record CallOutcome(
    ServingSnapshot endpoint,
    Caller caller,
    String clientRequestId,
    JsonNode usageContext,
    boolean stream,
    int status,
    String errorCode,
    Usage usage,
    Instant startedAt,
    Duration latency,
    Duration timeToFirstToken,
    String callId,
    CallPayloads payloads) {

  public static final String CLIENT_CLOSED_REQUEST = "CLIENT_CLOSED_REQUEST";
  static final Usage NO_TOKENS = new Usage(0, 0, 0, false);

  /** A call without payloads, given a fresh id. */
  public CallOutcome(
      ServingSnapshot endpoint,
      Caller caller,
      String clientRequestId,
      JsonNode usageContext,
      boolean stream,
      int status,
      String errorCode,
      Usage usage,
      Instant startedAt,
      Duration latency,
      Duration timeToFirstToken) {
    this(
        endpoint,
        caller,
        clientRequestId,
        usageContext,
        stream,
        status,
        errorCode,
        usage,
        startedAt,
        latency,
        timeToFirstToken,
        newCallId(),
        null);
  }

  /**
   * A random (version 4) UUID from the thread's own generator: {@link UUID#randomUUID} shares one
   * SecureRandom between all callers, a lock a burst of calls would queue on.
   */
  static String newCallId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  public boolean succeeded() {
    return errorCode == null;
  }
}
