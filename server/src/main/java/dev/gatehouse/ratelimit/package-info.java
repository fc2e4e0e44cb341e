/**
 * Rate limits: the {@code ai_gateway.rate_limits} and legacy {@code rate_limits} of an endpoint,
 * enforced on every call. {@code domain} resolves which limits apply to a caller (Databricks'
 * precedence), admits or refuses the call against token buckets and charges a call's tokens when
 * its {@code CallOutcome} arrives; {@code infrastructure} holds the buckets. The decision is made
 * in memory, never against the database; the bucket store is a port so that a cluster can share
 * buckets (Bucket4j's Hazelcast store) by swapping one class.
 */
package dev.gatehouse.ratelimit;
