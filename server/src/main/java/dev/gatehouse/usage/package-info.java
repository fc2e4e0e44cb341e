/**
 * Usage tracking: one record per call to an endpoint (who, when, which served entity, outcome,
 * tokens, latency, estimated cost), taken from the {@code CallOutcome} event, queued in memory and
 * written in batches off the request path, and {@code GET /api/2.0/serving-endpoints/{name}/usage},
 * which totals them. Append-only for the application, apart from the retention purge.
 */
package dev.gatehouse.usage;
