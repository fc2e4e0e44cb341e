package dev.gatehouse.ratelimit.domain;

/**
 * Fired (synchronously, on the caller's thread) when a limit refuses a call with 429, so metrics
 * can count refusals by the limit that refused: the 429's error code alone does not say which. With
 * several refusing budgets (a caller's groups), the one named is the one whose room returns first,
 * as {@code Retry-After} is.
 *
 * @param source {@code ai_gateway} or {@code rate_limits} (legacy)
 * @param key the limit's key: {@code endpoint}, {@code user}, {@code user_group} or {@code
 *     service_principal}
 * @param dimension {@code calls} or {@code tokens}
 */
public record LimitRefused(
    String endpointId, String endpointName, String source, String key, String dimension) {}
