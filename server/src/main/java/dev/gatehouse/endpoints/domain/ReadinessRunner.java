package dev.gatehouse.endpoints.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs every {@link ReadinessCheck} against one pending version; the first failure wins. */
@ApplicationScoped
public class ReadinessRunner {
  private static final Logger LOG = Logger.getLogger(ReadinessRunner.class.getName());

  @Inject @Any Instance<ReadinessCheck> checks;
  @Inject EndpointCommands commands;

  /** Returns the reason the version is not ready, or empty when it may serve. */
  public Optional<String> run(EndpointName endpoint, int version) {
    Optional<PendingUpdate> update = commands.pendingUpdate(endpoint, version);
    if (update.isEmpty()) {
      return Optional.of("the update is no longer pending");
    }
    for (ReadinessCheck check : checks) {
      try {
        check.check(update.get());
      } catch (NotReadyException e) {
        return Optional.of(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("readiness checks were interrupted");
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Readiness check failed unexpectedly for " + endpoint, e);
        return Optional.of("a readiness check failed unexpectedly; the server log has details");
      }
    }
    return Optional.empty();
  }
}
