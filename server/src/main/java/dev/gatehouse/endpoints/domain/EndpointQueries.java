package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Reads endpoints as the caller may see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EndpointQueries {
  @Inject EndpointRepository repository;
  @Inject EndpointAccessPolicy access;

  public EndpointSnapshot get(EndpointName name, Caller caller) {
    ServingEndpoint endpoint = find(name);
    PermissionLevel level = access.require(caller, endpoint, PermissionLevel.CAN_VIEW);
    return snapshot(endpoint, level);
  }

  /** The version history, to anyone who may see the endpoint: it is what GET showed over time. */
  public ConfigVersionPage versions(
      EndpointName name, String maxResults, String pageToken, Caller caller) {
    ServingEndpoint endpoint = find(name);
    access.require(caller, endpoint, PermissionLevel.CAN_VIEW);
    ConfigVersionPage.Request request = ConfigVersionPage.Request.parse(maxResults, pageToken);
    return request.page(
        endpoint.name(),
        repository.versions(endpoint.id(), request.before(), request.maxResults()));
  }

  public List<EndpointSnapshot> list(Caller caller) {
    EndpointAccessPolicy.CallerLevels levels = access.levelsFor(caller);
    List<EndpointSnapshot> visible = new ArrayList<>();
    for (ServingEndpoint endpoint : repository.listByName()) {
      levels.on(endpoint).ifPresent(l -> visible.add(snapshot(endpoint, l)));
    }
    return visible;
  }

  private ServingEndpoint find(EndpointName name) {
    return repository
        .findByName(name.value())
        .orElseThrow(() -> new EndpointNotFoundException(name.value()));
  }

  private EndpointSnapshot snapshot(ServingEndpoint endpoint, PermissionLevel level) {
    return new EndpointSnapshot(
        endpoint,
        version(endpoint, endpoint.servingVersion()),
        version(endpoint, endpoint.pendingVersion()),
        level);
  }

  private EndpointConfigVersion version(ServingEndpoint endpoint, Integer number) {
    return number == null ? null : repository.version(endpoint.id(), number).orElse(null);
  }

  /** The config a version stores, as the domain model. */
  public static EndpointConfig configOf(EndpointConfigVersion version) {
    return EndpointCommands.parse(version.config());
  }
}
