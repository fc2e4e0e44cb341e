package dev.gatehouse.endpoints.domain;

/**
 * Fired after an endpoint, its serving config or its grants changed (a null name: possibly any
 * endpoint), so in-memory views of serving endpoints drop what they hold. Observers should use
 * {@code TransactionPhase.AFTER_SUCCESS}: a change fired inside a transaction counts only once
 * committed.
 */
public record EndpointChanged(String endpoint) {}
