package dev.gatehouse.endpoints.domain;

/** The deprecated top-level {@code rate_limits} entry: calls per minute, per user or endpoint. */
public record LegacyRateLimit(Long calls, String key, String renewalPeriod) {}
