package dev.gatehouse.it;

import dev.gatehouse.endpoints.domain.NotReadyException;
import dev.gatehouse.endpoints.domain.PendingUpdate;
import dev.gatehouse.endpoints.domain.ReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Test-only readiness check, deployed only in the IT archive: per endpoint it can hold an update
 * open on a latch (so the pending and serving configs can be seen side by side) or fail it.
 */
@ApplicationScoped
public class HeldReadinessCheck implements ReadinessCheck {
  private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
  private final Map<String, String> failing = new ConcurrentHashMap<>();

  public void hold(String endpoint) {
    held.put(endpoint, new CountDownLatch(1));
  }

  public void release(String endpoint) {
    CountDownLatch latch = held.remove(endpoint);
    if (latch != null) {
      latch.countDown();
    }
  }

  public void fail(String endpoint, String reason) {
    failing.put(endpoint, reason);
  }

  public void clear(String endpoint) {
    failing.remove(endpoint);
    release(endpoint);
  }

  @Override
  public void check(PendingUpdate update) throws InterruptedException {
    String name = update.endpoint().value();
    String reason = failing.get(name);
    if (reason != null) {
      throw new NotReadyException(reason);
    }
    CountDownLatch latch = held.get(name);
    if (latch != null) {
      latch.await();
    }
  }
}
