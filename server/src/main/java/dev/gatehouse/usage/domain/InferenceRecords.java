package dev.gatehouse.usage.domain;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.CallPayloads;

/**
 * Turns a call that carries payloads into its inference record. Runs on the caller's thread, before
 * the record is queued: capping there is what bounds the queue's memory (capacity × 2 × cap), where
 * queuing the whole trees would hold whatever size the caller and the provider sent.
 */
public final class InferenceRecords {
  private final int maxPayloadBytes;

  public InferenceRecords(int maxPayloadBytes) {
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /** The record of the call, or null when the call carries no payloads. */
  public InferenceRecord of(CallOutcome call) {
    CallPayloads payloads = call.payloads();
    if (payloads == null) {
      return null;
    }
    return new InferenceRecord(
        call.callId(),
        call.startedAt().toEpochMilli(),
        call.endpoint().endpointId(),
        call.endpoint().endpointName(),
        call.endpoint().servedEntityName(),
        call.caller().principalId(),
        call.caller().kind().name(),
        call.caller().userName(),
        call.clientRequestId(),
        call.stream(),
        call.status(),
        call.errorCode(),
        CappedPayload.of(payloads.request(), maxPayloadBytes, false),
        CappedPayload.of(payloads.response(), maxPayloadBytes, payloads.responseCut()));
  }
}
