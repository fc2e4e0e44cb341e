package dev.gatehouse.audit.domain;

/**
 * Filters of an audit search; null means any. Results are newest first; {@code beforeId} continues
 * a previous page.
 */
public record AuditQuery(
    String targetType,
    String targetName,
    String principal,
    Long startTime,
    Long endTime,
    Long beforeId,
    int limit) {}
