/**
 * Call metrics per serving endpoint: calls by status and error code, latency and time to first
 * token histograms, tokens, 429s by the limit that refused, upstream errors by kind. Fed by the
 * {@code CallOutcome} and {@code LimitRefused} events in O(1) per call with no database, kept in
 * memory and mirrored into MicroProfile Metrics (so {@code /metrics} has everything), and served
 * per endpoint by {@code GET /api/2.0/serving-endpoints/{name}/metrics} in Prometheus text. An
 * endpoint's series go when the endpoint does. Like {@code usage}, a consumer of the data plane's
 * events that nothing else depends on.
 */
package dev.gatehouse.metrics;
