package dev.gatehouse.access.domain;

/**
 * Identities, group memberships or tokens changed: callers resolved from tokens before the change
 * may be stale. Fired in the changing transaction; caches drop their callers once it commits.
 */
public record AccessChanged() {}
