/**
 * Usage tracking: one record per call to an endpoint (who, when, which served entity, outcome,
 * tokens, latency, estimated cost), taken from the {@code CallOutcome} event, queued in memory and
 * written in batches off the request path, and {@code GET /api/2.0/serving-endpoints/{name}/usage},
 * which totals them. Inference tables live here too: the payloads of calls on endpoints with {@code
 * inference_table_config.enabled}, carried by the same event, written by the same writer from a
 * queue of their own, purged by the same purge, and read by admins through {@code GET
 * .../inference-records}; a record shares its call's id with the usage record. Append-only for the
 * application, apart from the retention purges.
 */
package dev.gatehouse.usage;
