package dev.gatehouse.usage.domain;

import dev.gatehouse.endpoints.domain.AiGatewayConfig;

/**
 * Whether and how much of a call is recorded. An endpoint with {@code
 * ai_gateway.usage_tracking_config.enabled} gets the full record; any other endpoint gets the
 * audit-grade metadata (everything but the caller's {@code usage_context}) as long as {@code
 * gatehouse.usage.record-all} is on, so "who called what, when, and what did it cost" can be
 * answered for every endpoint, not only for those whose owner remembered to turn tracking on.
 */
public enum RecordingMode {
  /** Usage tracking is on for the endpoint: everything, {@code usage_context} included. */
  FULL,
  /** Tracking is off but the server records every call: all but {@code usage_context}. */
  METADATA,
  /** Nothing is recorded. */
  NONE;

  public static RecordingMode of(AiGatewayConfig gateway, boolean recordAll) {
    if (trackingEnabled(gateway)) {
      return FULL;
    }
    return recordAll ? METADATA : NONE;
  }

  private static boolean trackingEnabled(AiGatewayConfig gateway) {
    return gateway != null
        && gateway.usageTrackingConfig() != null
        && gateway.usageTrackingConfig().path("enabled").asBoolean(false);
  }
}
