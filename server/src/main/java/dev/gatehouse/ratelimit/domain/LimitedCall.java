package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A call asking to be admitted: the endpoint's limits as its snapshot has them, who calls, and the
 * body the provider will get (its prompt and {@code max_tokens} size a token reservation).
 */
public record LimitedCall(
    String endpointId,
    String endpointName,
    AiGatewayConfig gateway,
    List<LegacyRateLimit> legacyRateLimits,
    Caller caller,
    JsonNode body) {}
