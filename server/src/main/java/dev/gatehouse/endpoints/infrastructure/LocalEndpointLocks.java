package dev.gatehouse.endpoints.infrastructure;

import dev.gatehouse.endpoints.domain.EndpointLocks;
import dev.gatehouse.endpoints.domain.EndpointName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** One lock per endpoint name, in this JVM. */
@ApplicationScoped
public class LocalEndpointLocks implements EndpointLocks {
  private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  @Override
  public <T> T withLock(EndpointName endpoint, Supplier<T> action) {
    ReentrantLock lock = locks.computeIfAbsent(endpoint.value(), n -> new ReentrantLock());
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
