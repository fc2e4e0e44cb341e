package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.EndpointChanged;
import dev.gatehouse.endpoints.domain.EndpointConfigVersion;
import dev.gatehouse.endpoints.domain.EndpointGrant;
import dev.gatehouse.endpoints.domain.EndpointGrantRepository;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.EndpointRepository;
import dev.gatehouse.endpoints.domain.Grantee;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.ServingSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshots are loaded once, kept until a change, and replaced whole: never half-updated. */
class InMemoryServingSnapshotsTest {
  private final Map<String, ServingEndpoint> byName = new HashMap<>();
  private final Map<String, EndpointConfigVersion> versions = new HashMap<>();
  private final AtomicInteger loads = new AtomicInteger();
  private Runnable duringLoad = () -> {};
  private InMemoryServingSnapshots snapshots;

  private static String config(String model) {
    return """
        {"served_entities":[{"name":"entity-%s","external_model":{"name":"%s","provider":"custom",
          "task":"llm/v1/chat","custom_provider_config":{"custom_provider_url":"http://h/v1",
          "bearer_token_auth":{"token":"{{secrets/s/k}}"}}}}]}"""
        .formatted(model, model);
  }

  @BeforeEach
  void wire() {
    snapshots = new InMemoryServingSnapshots();
    snapshots.endpoints = new Endpoints();
    snapshots.grants = new NoGrants();
  }

  private void serve(String name, String model) {
    ServingEndpoint endpoint =
        byName.computeIfAbsent(
            name,
            n -> new ServingEndpoint("id-" + n, new EndpointName(n), "admin", 1, "", false, 0));
    int version = endpoint.beginUpdate(Task.CHAT, true, 0);
    versions.put(
        endpoint.id() + "/" + version,
        new EndpointConfigVersion(endpoint.id(), version, config(model), "admin", 0));
    endpoint.completeUpdate(version, 0);
  }

  @Test
  void aSnapshotIsLoadedOnceAndServedFromMemory() {
    serve("chat", "m1");

    ServingSnapshot first = snapshots.find("chat").orElseThrow();
    ServingSnapshot second = snapshots.find("chat").orElseThrow();

    assertThat(second).isSameAs(first);
    assertThat(loads).hasValue(1);
    assertThat(first.model().name()).isEqualTo("m1");
    assertThat(first.servedEntityName()).isEqualTo("entity-m1");
    assertThat(first.task()).isEqualTo(Task.CHAT);
  }

  @Test
  void aChangeSwitchesWholeSnapshotsAndInFlightCallsKeepTheirs() {
    serve("chat", "m1");
    ServingSnapshot inFlight = snapshots.find("chat").orElseThrow();

    serve("chat", "m2");
    snapshots.onChange(new EndpointChanged("chat"));
    ServingSnapshot next = snapshots.find("chat").orElseThrow();

    assertThat(inFlight.model().name()).isEqualTo("m1");
    assertThat(inFlight.version()).isEqualTo(1);
    assertThat(next.model().name()).isEqualTo("m2");
    assertThat(next.version()).isEqualTo(2);
  }

  @Test
  void aLoadThatRacedWithAChangeIsNotKept() {
    serve("chat", "m1");
    duringLoad = () -> snapshots.onChange(new EndpointChanged("chat"));

    snapshots.find("chat");
    duringLoad = () -> {};
    snapshots.find("chat");

    assertThat(loads).hasValue(2);
  }

  @Test
  void unknownEndpointsAreRememberedUntilAnyChange() {
    assertThat(snapshots.find("later")).isEmpty();
    serve("later", "m1");
    assertThat(snapshots.find("later")).isEmpty();

    snapshots.onChange(new EndpointChanged(null));

    assertThat(snapshots.find("later")).isPresent();
  }

  private final class Endpoints implements EndpointRepository {
    @Override
    public Optional<ServingEndpoint> findByName(String name) {
      loads.incrementAndGet();
      duringLoad.run();
      return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<EndpointConfigVersion> version(String endpointId, int version) {
      return Optional.ofNullable(versions.get(endpointId + "/" + version));
    }

    @Override
    public Optional<ServingEndpoint> findById(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<EndpointConfigVersion> versions(String endpointId, Integer before, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServingEndpoint> listByName() {
      return new ArrayList<>(byName.values());
    }

    @Override
    public List<ServingEndpoint> withUpdateInProgress() {
      return List.of();
    }

    @Override
    public void add(ServingEndpoint endpoint) {}

    @Override
    public void remove(ServingEndpoint endpoint) {}

    @Override
    public void addVersion(EndpointConfigVersion version) {}

    @Override
    public void flush() {}
  }

  private static final class NoGrants implements EndpointGrantRepository {
    @Override
    public List<EndpointGrant> ofEndpoint(String endpointId) {
      return List.of();
    }

    @Override
    public List<EndpointGrant> heldBy(Grantee principal, Set<String> groups) {
      return List.of();
    }

    @Override
    public void add(EndpointGrant grant) {}

    @Override
    public void remove(EndpointGrant grant) {}

    @Override
    public void removeAllTo(Grantee grantee) {}
  }
}
