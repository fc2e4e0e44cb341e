package dev.gatehouse.usage.domain;

import java.math.BigDecimal;

/**
 * One call as stored. Times are epoch milliseconds like everywhere else in the schema.
 *
 * @param usageContext the caller's {@code usage_context} as JSON text, size-capped; null when the
 *     caller sent none or the endpoint does not track usage (see {@link RecordingMode})
 * @param costUsd null when the price table has no price for the model: unknown, not free
 * @param timeToFirstTokenMs streams only
 */
public record UsageRecord(
    String id,
    long callTime,
    String endpointId,
    String endpointName,
    String servedEntityName,
    String provider,
    String model,
    long principalId,
    String principalKind,
    String principalName,
    String clientRequestId,
    String usageContext,
    boolean stream,
    int status,
    String errorCode,
    long promptTokens,
    long completionTokens,
    long totalTokens,
    boolean tokensEstimated,
    long latencyMs,
    Long timeToFirstTokenMs,
    BigDecimal costUsd,
    RecordingMode mode) {}
