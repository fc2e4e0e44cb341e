/**
 * Cross-cutting plumbing every bounded context shares: the JAX-RS application, the one error shape,
 * JSON reading and writing, the datasource and its migrations. Nothing here knows about endpoints,
 * secrets or providers.
 */
package dev.gatehouse.platform;
