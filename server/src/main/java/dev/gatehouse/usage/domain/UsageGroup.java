package dev.gatehouse.usage.domain;

/**
 * The totals of one group: a principal's name, a served entity's name, or a UTC day's start (epoch
 * ms, as text); null key when the query is not grouped.
 */
public record UsageGroup(String key, UsageTotals totals) {}
