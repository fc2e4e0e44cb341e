/**
 * The data plane: {@code POST /serving-endpoints/{name}/invocations} and the OpenAI-compatible
 * routes. A call is checked against an in-memory snapshot of the endpoint (serving config and
 * grants, no database round trip), translated by the provider's adapter, sent through
 * fault-tolerance policies on a pooled HTTP client, and answered or streamed in OpenAI's shape.
 */
package dev.gatehouse.invocation;
