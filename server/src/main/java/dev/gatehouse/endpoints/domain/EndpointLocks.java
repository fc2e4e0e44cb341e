package dev.gatehouse.endpoints.domain;

import java.util.function.Supplier;

/**
 * Serializes changes per endpoint: different endpoints never wait for each other. This node-local
 * port is what a clustered lock (Hazelcast) replaces; the row version on the endpoint still catches
 * a write that slips past a lock.
 */
public interface EndpointLocks {
  <T> T withLock(EndpointName endpoint, Supplier<T> action);
}
