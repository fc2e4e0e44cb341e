package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditLog;
import dev.gatehouse.audit.domain.AuditOutcome;
import dev.gatehouse.audit.domain.AuditedChanges;
import dev.gatehouse.platform.json.Json;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.JsonNode;

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

  /** Who the audit trail names for what Gatehouse does by itself (readiness outcomes). */
  private static final String SYSTEM = "gatehouse";

  private static final String TARGET_TYPE = "serving-endpoint";

  @Inject EndpointCommands commands;
  @Inject AuditLog audit;
  @Inject AuditedChanges audited;
  @Inject EndpointLocks locks;
  @Inject ReadinessRunner readiness;
  @Inject Event<EndpointChanged> changed;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "gatehouse.updates.readiness-timeout-seconds", defaultValue = "600")
  long readinessTimeoutSeconds;

  /** The readiness work in flight, by endpoint name: at most one per endpoint. */
  private final ConcurrentMap<String, Running> running = new ConcurrentHashMap<>();

  private record Running(int version, Future<?> task) {}

  @PostConstruct
  void start() {
    recoverInterruptedUpdates();
  }

  /**
   * Fails the updates a dead process left IN_PROGRESS, each recorded as {@code
   * endpoint.config.fail} like any other failed update; returns how many.
   */
  public int recoverInterruptedUpdates() {
    Map<String, String> failed = commands.failInterruptedUpdates();
    failed.forEach(
        (name, message) ->
            audit.record(
                new AuditEvent(
                    SYSTEM,
                    "endpoint.config.fail",
                    TARGET_TYPE,
                    name,
                    AuditOutcome.FAILED,
                    message,
                    null,
                    null)));
    if (!failed.isEmpty()) {
      LOG.warning(
          failed.size() + " config update(s) interrupted by a restart were marked UPDATE_FAILED");
    }
    return failed.size();
  }

  public EndpointSnapshot create(NewEndpoint request, Caller caller) {
    EndpointName name = new EndpointName(request.name());
    EndpointSnapshot created =
        audited(
            "endpoint.create",
            name,
            caller,
            () -> commands.create(request, caller),
            s -> null,
            s -> Json.MAPPER.valueToTree(request));
    startReadiness(name, created);
    return created;
  }

  public EndpointSnapshot updateConfig(EndpointName name, EndpointConfig config, Caller caller) {
    EndpointSnapshot updated =
        audited(
            "endpoint.config.update",
            name,
            caller,
            () -> commands.updateConfig(name, config, caller),
            s -> configOf(s.serving()),
            s -> configOf(s.pending()));
    startReadiness(name, updated);
    return updated;
  }

  public EndpointSnapshot cancel(EndpointName name, Caller caller) {
    EndpointSnapshot canceled =
        audited(
            "endpoint.config.cancel",
            name,
            caller,
            () -> commands.cancel(name, caller),
            s -> null,
            s -> Json.MAPPER.valueToTree(Map.of("message", s.endpoint().configUpdateMessage())));
    stopReadiness(name);
    return canceled;
  }

  public void delete(EndpointName name, Caller caller) {
    audited(
        "endpoint.delete",
        name,
        caller,
        () -> {
          commands.delete(name, caller);
          return name;
        },
        n -> null,
        n -> null);
    stopReadiness(name);
  }

  public List<Tag> patchTags(EndpointName name, List<Tag> add, List<String> delete, Caller caller) {
    return audited(
        "endpoint.tags.update",
        name,
        caller,
        () -> commands.patchTags(name, add, delete, caller),
        tags -> null,
        Json.MAPPER::valueToTree);
  }

  public AiGatewayConfig putAiGateway(EndpointName name, AiGatewayConfig gateway, Caller caller) {
    return audited(
        "endpoint.ai-gateway.update",
        name,
        caller,
        () -> commands.putAiGateway(name, gateway, caller),
        g -> null,
        Json.MAPPER::valueToTree);
  }

  public List<LegacyRateLimit> putRateLimits(
      EndpointName name, List<LegacyRateLimit> limits, Caller caller) {
    return audited(
        "endpoint.rate-limits.update",
        name,
        caller,
        () -> commands.putRateLimits(name, limits, caller),
        l -> null,
        Json.MAPPER::valueToTree);
  }

  /**
   * Runs one change under the endpoint's lock and records it in the audit trail, refused attempts
   * included; the record is written after the change committed, or after it was refused.
   */
  private <T> T audited(
      String action,
      EndpointName name,
      Caller caller,
      Supplier<T> change,
      Function<T, JsonNode> before,
      Function<T, JsonNode> after) {
    try {
      return audited.run(
          caller.userName(),
          action,
          TARGET_TYPE,
          name.value(),
          () -> locks.withLock(name, change),
          before,
          after);
    } finally {
      changed.fire(new EndpointChanged(name.value()));
    }
  }

  private static JsonNode configOf(EndpointConfigVersion version) {
    return version == null ? null : Json.MAPPER.readTree(version.config());
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
          boolean applied;
          if (failure.isPresent()) {
            applied = commands.failUpdate(name, version, failure.get());
          } else {
            applied = commands.completeUpdate(name, version);
          }
          if (applied) {
            audit.record(
                new AuditEvent(
                    SYSTEM,
                    failure.isPresent() ? "endpoint.config.fail" : "endpoint.config.ready",
                    TARGET_TYPE,
                    name.value(),
                    failure.isPresent() ? AuditOutcome.FAILED : AuditOutcome.SUCCESS,
                    failure.orElse("config version " + version + " serves"),
                    null,
                    null));
          }
          return null;
        });
    changed.fire(new EndpointChanged(name.value()));
    forget(name, version);
  }

  private void timeOut(EndpointName name, int version) {
    Running work = running.get(name.value());
    finish(
        name,
        version,
        Optional.of(
            "readiness checks did not finish within "
                + readinessTimeoutSeconds
                + " s (gatehouse.updates.readiness-timeout-seconds)"));
    if (work != null && work.version() == version) {
      work.task().cancel(true);
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
