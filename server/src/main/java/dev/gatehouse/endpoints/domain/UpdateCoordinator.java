package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way an endpoint changes. Every change runs under the endpoint's lock and commits before
 * the lock is released, so a second config update sees the first one's IN_PROGRESS and is refused.
 * Readiness checks of a new version run in the background; their outcome is applied under the same
 * lock, and only if that version is still the pending one (it may have been canceled).
 *
 * <p>Bean-managed concurrency: a container-managed write lock would serialize all endpoints.
 * Methods run outside a transaction so that {@link EndpointCommands} commits inside the lock.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpdateCoordinator {
  private static final Logger LOG = Logger.getLogger(UpdateCoordinator.class.getName());

  @Inject EndpointCommands commands;
  @Inject EndpointLocks locks;
  @Inject ReadinessRunner readiness;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "gatehouse.updates.readiness-timeout-seconds", defaultValue = "600")
  long readinessTimeoutSeconds;

  /** The readiness work in flight, by endpoint name: at most one per endpoint. */
  private final ConcurrentMap<String, Running> running = new ConcurrentHashMap<>();

  private record Running(int version, Future<?> task) {}

  @PostConstruct
  void recoverInterruptedUpdates() {
    int failed = commands.failInterruptedUpdates();
    if (failed > 0) {
      LOG.warning(failed + " config update(s) interrupted by a restart were marked UPDATE_FAILED");
    }
  }

  public EndpointSnapshot create(NewEndpoint request, Caller caller) {
    EndpointName name = new EndpointName(request.name());
    EndpointSnapshot created = locks.withLock(name, () -> commands.create(request, caller));
    startReadiness(name, created);
    return created;
  }

  public EndpointSnapshot updateConfig(EndpointName name, EndpointConfig config, Caller caller) {
    EndpointSnapshot updated =
        locks.withLock(name, () -> commands.updateConfig(name, config, caller));
    startReadiness(name, updated);
    return updated;
  }

  public EndpointSnapshot cancel(EndpointName name, Caller caller) {
    EndpointSnapshot canceled = locks.withLock(name, () -> commands.cancel(name, caller));
    stopReadiness(name);
    return canceled;
  }

  public void delete(EndpointName name, Caller caller) {
    locks.withLock(
        name,
        () -> {
          commands.delete(name, caller);
          return null;
        });
    stopReadiness(name);
  }

  public List<Tag> patchTags(EndpointName name, List<Tag> add, List<String> delete, Caller caller) {
    return locks.withLock(name, () -> commands.patchTags(name, add, delete, caller));
  }

  public AiGatewayConfig putAiGateway(EndpointName name, AiGatewayConfig gateway, Caller caller) {
    return locks.withLock(name, () -> commands.putAiGateway(name, gateway, caller));
  }

  public List<LegacyRateLimit> putRateLimits(
      EndpointName name, List<LegacyRateLimit> limits, Caller caller) {
    return locks.withLock(name, () -> commands.putRateLimits(name, limits, caller));
  }

  private void startReadiness(EndpointName name, EndpointSnapshot snapshot) {
    if (snapshot.pending() == null) {
      return;
    }
    int version = snapshot.pending().version();
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              Optional<String> failure = readiness.run(name, version);
              finish(name, version, failure);
              return null;
            });
    running.put(name.value(), new Running(version, task));
    executor.execute(task);
    scheduler.schedule(() -> timeOut(name, version), readinessTimeoutSeconds, TimeUnit.SECONDS);
  }

  private void finish(EndpointName name, int version, Optional<String> failure) {
    locks.withLock(
        name,
        () -> {
          if (failure.isPresent()) {
            commands.failUpdate(name, version, failure.get());
          } else {
            commands.completeUpdate(name, version);
          }
          return null;
        });
    forget(name, version);
  }

  private void timeOut(EndpointName name, int version) {
    locks.withLock(
        name,
        () -> {
          commands.failUpdate(
              name,
              version,
              "readiness checks did not finish within "
                  + readinessTimeoutSeconds
                  + " s (gatehouse.updates.readiness-timeout-seconds)");
          return null;
        });
    Running timedOut = forget(name, version);
    if (timedOut != null) {
      timedOut.task().cancel(true);
    }
  }

  /** Drops the entry of this version only: a newer update's work must stay cancellable. */
  private Running forget(EndpointName name, int version) {
    Running[] removed = new Running[1];
    running.computeIfPresent(
        name.value(),
        (key, r) -> {
          if (r.version() != version) {
            return r;
          }
          removed[0] = r;
          return null;
        });
    return removed[0];
  }

  private void stopReadiness(EndpointName name) {
    Running work = running.remove(name.value());
    if (work != null) {
      work.task().cancel(true);
    }
  }
}
