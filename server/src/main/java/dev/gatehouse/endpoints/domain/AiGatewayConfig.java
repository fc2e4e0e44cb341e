package dev.gatehouse.endpoints.domain;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AI gateway settings of an endpoint. Stored and echoed now; rate limits and usage tracking are
 * enforced by their own contexts.
 */
public record AiGatewayConfig(
    ObjectNode usageTrackingConfig,
    ObjectNode inferenceTableConfig,
    List<AiGatewayRateLimit> rateLimits,
    ObjectNode guardrails,
    ObjectNode fallbackConfig) {

  public boolean hasNoSettings() {
    return usageTrackingConfig == null
        && inferenceTableConfig == null
        && rateLimits == null
        && guardrails == null
        && fallbackConfig == null;
  }

  /** One gateway rate limit; an absent {@code calls}/{@code tokens} is unlimited, 0 disables. */
  public record AiGatewayRateLimit(
      Long calls, Long tokens, String key, String principal, String renewalPeriod) {}
}
