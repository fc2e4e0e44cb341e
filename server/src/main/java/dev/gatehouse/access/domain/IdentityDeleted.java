package dev.gatehouse.access.domain;

/**
 * Fired (a synchronous CDI event) inside the transaction that deletes a user, service principal or
 * group, before its rows go: other contexts observe it to drop what refers to the identity, such as
 * permission grants, in the same transaction. An observer that throws refuses the deletion.
 */
public record IdentityDeleted(IdentityRef identity) {}
