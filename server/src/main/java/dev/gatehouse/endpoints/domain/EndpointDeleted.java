package dev.gatehouse.endpoints.domain;

/**
 * Fired when an endpoint is deleted, inside the deleting transaction, so what other contexts keep
 * about it by id can go without asking the database. Observers should use {@code
 * TransactionPhase.AFTER_SUCCESS}: the endpoint is gone only once the deletion committed.
 */
public record EndpointDeleted(String endpointId, String endpointName) {}
