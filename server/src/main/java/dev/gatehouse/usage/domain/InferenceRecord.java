package dev.gatehouse.usage.domain;

/**
 * One row of an inference table: a call's payloads and what identifies the call.
 *
 * @param id the call's id, which its usage record (if any) has too
 */
public record InferenceRecord(
    String id,
    long callTime,
    String endpointId,
    String endpointName,
    String servedEntityName,
    long principalId,
    String principalKind,
    String principalName,
    String clientRequestId,
    boolean stream,
    int status,
    String errorCode,
    CappedPayload request,
    CappedPayload response) {}
