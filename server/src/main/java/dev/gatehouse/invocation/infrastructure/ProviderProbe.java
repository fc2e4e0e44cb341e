package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.endpoints.domain.NotReadyException;
import dev.gatehouse.endpoints.domain.PendingUpdate;
import dev.gatehouse.endpoints.domain.ReadinessCheck;
import dev.gatehouse.endpoints.domain.ServedEntity;
import dev.gatehouse.invocation.domain.ProviderTargets;
import dev.gatehouse.invocation.domain.UpstreamTimeoutException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.ProviderRegistry;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before a new config serves, each external model's provider is asked one cheap authenticated
 * question (OpenAI: list models). Refused credentials or an unreachable provider fail the update,
 * so the old config keeps serving; any other answer means the credentials work. Switched off by
 * {@code gatehouse.invocations.probe-on-update=false} (for offline setups and tests).
 */
@ApplicationScoped
public class ProviderProbe implements ReadinessCheck {
  @Inject
  @ConfigProperty(name = "gatehouse.invocations.probe-on-update", defaultValue = "true")
  boolean enabled;

  @Inject ProviderRegistry registry;
  @Inject ProviderTargets targets;
  @Inject UpstreamHttp http;

  @Override
  public void check(PendingUpdate update) {
    List<ServedEntity> entities = update.config().servedEntities();
    if (!enabled || entities == null) {
      return;
    }
    for (ServedEntity entity : entities) {
      if (entity.servesExternalModel()
          && registry.supports(entity.externalModel().providerKind())) {
        probe(entity);
      }
    }
  }

  private void probe(ServedEntity entity) {
    ProviderAdapter adapter = registry.adapterFor(entity.externalModel().providerKind());
    String who =
        "provider " + adapter.provider().wire() + " of served entity '" + nameOf(entity) + "'";
    Optional<UpstreamRequest> request;
    try {
      request = adapter.probe(targets.of(entity.externalModel()));
    } catch (GatehouseException e) {
      throw new NotReadyException(who + " cannot be called: " + e.getMessage());
    }
    if (request.isEmpty()) {
      return;
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (UpstreamUnreachableException | UpstreamTimeoutException e) {
      throw new NotReadyException(who + " could not be reached: " + e.getMessage());
    }
    UpstreamResponse answer =
        new UpstreamResponse(response.statusCode(), response.headers().map(), response.body());
    if (!answer.successful()) {
      UpstreamFailure failure = adapter.failure(answer);
      if (failure.kind() == UpstreamFailure.Kind.AUTH) {
        throw new NotReadyException(
            who
                + " refused the credentials (HTTP "
                + failure.upstreamStatus()
                + "): "
                + failure.message());
      }
    }
  }

  private static String nameOf(ServedEntity entity) {
    return entity.name() != null ? entity.name() : entity.externalModel().name();
  }
}
