package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Every change to an endpoint, each in its own transaction. Callers go through {@link
 * UpdateCoordinator}, which holds the endpoint's lock around these calls so a transaction commits
 * before the next change to the same endpoint starts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EndpointCommands {
  private static final Logger LOG = Logger.getLogger(EndpointCommands.class.getName());

  @Inject EndpointRepository repository;
  @Inject EndpointAccessPolicy access;
  @Inject EndpointGrantRepository grants;
  @Inject ModelCatalogProvider catalog;
  @Inject CredentialPolicy credentials;
  @Inject Event<EndpointDeleted> deleted;

  public EndpointSnapshot create(NewEndpoint request, Caller caller) {
    EndpointName name = new EndpointName(request.name());
    if (repository.findByName(name.value()).isPresent()) {
      throw new EndpointAlreadyExistsException(name.value());
    }
    List<Tag> tags = GatewayRules.checkTags(request.tags());
    EndpointConfig config =
        request.config() == null
            ? null
            : rules().normalize(name, EndpointKind.NEW, request.config(), "config");
    if (request.task() != null && config != null) {
      String modelTask = config.servedEntities().get(0).externalModel().task();
      if (!request.task().equals(modelTask)) {
        throw new InvalidParameterException(
            "task '"
                + request.task()
                + "' differs from the external model's task '"
                + modelTask
                + "'; leave task out or make them equal.");
      }
    }
    long now = System.currentTimeMillis();
    ServingEndpoint endpoint =
        new ServingEndpoint(
            newId(),
            name,
            caller.userName(),
            caller.principalId(),
            request.description(),
            Boolean.TRUE.equals(request.routeOptimized()),
            now);
    endpoint.replaceTags(tags, now);
    if (request.aiGateway() != null && !request.aiGateway().hasNoSettings()) {
      endpoint.setAiGateway(toJson(GatewayRules.normalize(request.aiGateway(), "ai_gateway")), now);
    }
    if (request.rateLimits() != null) {
      endpoint.setLegacyRateLimits(toJson(GatewayRules.normalizeLegacy(request.rateLimits())), now);
    }
    repository.add(endpoint);
    // Versions and grants reference the endpoint row but are not JPA relationships, so
    // EclipseLink would not order the inserts: write the endpoint first.
    flush(name);
    Grant creator = new Grant(Grantee.of(caller), PermissionLevel.CAN_MANAGE);
    grants.add(new EndpointGrant(endpoint.id(), creator, caller.userName(), now));
    EndpointConfigVersion pending = config == null ? null : begin(endpoint, config, caller, now);
    flush(name);
    return new EndpointSnapshot(endpoint, null, pending, PermissionLevel.CAN_MANAGE);
  }

  public EndpointSnapshot updateConfig(EndpointName name, EndpointConfig input, Caller caller) {
    ServingEndpoint endpoint = find(name);
    PermissionLevel level = access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    if (endpoint.configUpdate() == ConfigUpdateState.IN_PROGRESS) {
      throw new ConcurrentUpdateException(name.value(), endpoint.pendingVersion());
    }
    EndpointConfig config = rules().normalize(name, endpoint.kind(), input, "");
    EndpointConfigVersion pending = begin(endpoint, config, caller, System.currentTimeMillis());
    flush(name);
    return new EndpointSnapshot(endpoint, servingVersion(endpoint), pending, level);
  }

  /** Returns whether the version was still pending, and so is now serving. */
  public boolean completeUpdate(EndpointName name, int version) {
    Optional<ServingEndpoint> found = repository.findByName(name.value());
    if (found.isEmpty() || !found.get().isPending(version)) {
      return false;
    }
    ServingEndpoint endpoint = found.get();
    long now = System.currentTimeMillis();
    Integer previous = endpoint.completeUpdate(version, now);
    repository
        .version(endpoint.id(), version)
        .ifPresent(v -> v.finish(VersionStatus.SERVING, null, now));
    if (previous != null) {
      repository.version(endpoint.id(), previous).ifPresent(EndpointConfigVersion::retire);
    }
    LOG.info("Serving endpoint '" + name + "' now serves config version " + version);
    return true;
  }

  /** Returns whether the version was still pending, and so has now failed. */
  public boolean failUpdate(EndpointName name, int version, String reason) {
    Optional<ServingEndpoint> found = repository.findByName(name.value());
    if (found.isEmpty() || !found.get().isPending(version)) {
      return false;
    }
    long now = System.currentTimeMillis();
    found.get().failUpdate(version, reason, now);
    repository
        .version(found.get().id(), version)
        .ifPresent(v -> v.finish(VersionStatus.FAILED, reason, now));
    LOG.warning(
        "Update of serving endpoint '" + name + "' to version " + version + " failed: " + reason);
    return true;
  }

  public EndpointSnapshot cancel(EndpointName name, Caller caller) {
    ServingEndpoint endpoint = find(name);
    PermissionLevel level = access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    long now = System.currentTimeMillis();
    int version = endpoint.cancelUpdate(caller.userName(), now);
    repository
        .version(endpoint.id(), version)
        .ifPresent(v -> v.finish(VersionStatus.CANCELED, "canceled by " + caller.userName(), now));
    flush(name);
    return new EndpointSnapshot(endpoint, servingVersion(endpoint), null, level);
  }

  public void delete(EndpointName name, Caller caller) {
    ServingEndpoint endpoint = find(name);
    access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    credentials.retain(endpoint.id(), Set.of(), caller);
    repository.remove(endpoint);
    deleted.fire(new EndpointDeleted(endpoint.id(), endpoint.name()));
  }

  public List<Tag> patchTags(EndpointName name, List<Tag> add, List<String> delete, Caller caller) {
    ServingEndpoint endpoint = find(name);
    access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    List<Tag> tags = GatewayRules.patchTags(endpoint.tags(), add, delete);
    endpoint.replaceTags(tags, System.currentTimeMillis());
    flush(name);
    return tags;
  }

  public AiGatewayConfig putAiGateway(EndpointName name, AiGatewayConfig gateway, Caller caller) {
    ServingEndpoint endpoint = find(name);
    access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    AiGatewayConfig normalized = GatewayRules.normalize(gateway, "");
    if (endpoint.aiGateway() != null) {
      GatewayRules.checkInferenceTableChange(
          Json.MAPPER.readValue(endpoint.aiGateway(), AiGatewayConfig.class), normalized);
    }
    endpoint.setAiGateway(
        normalized.hasNoSettings() ? null : toJson(normalized), System.currentTimeMillis());
    flush(name);
    return normalized;
  }

  public List<LegacyRateLimit> putRateLimits(
      EndpointName name, List<LegacyRateLimit> limits, Caller caller) {
    ServingEndpoint endpoint = find(name);
    access.require(caller, endpoint, PermissionLevel.CAN_MANAGE);
    List<LegacyRateLimit> normalized = GatewayRules.normalizeLegacy(limits);
    endpoint.setLegacyRateLimits(toJson(normalized), System.currentTimeMillis());
    flush(name);
    return normalized;
  }

  public Optional<PendingUpdate> pendingUpdate(EndpointName name, int version) {
    return repository
        .findByName(name.value())
        .filter(e -> e.isPending(version))
        .flatMap(e -> repository.version(e.id(), version))
        .map(v -> new PendingUpdate(v.endpointId(), name, version, parse(v.config())));
  }

  /**
   * A restart loses the background work of an update in progress, so such an update can never
   * finish: mark it failed, and the version that served before keeps serving. Gatehouse runs as one
   * node, so at start-up every update in progress belongs to the process that died. Returns the
   * message of each failed update, by endpoint name.
   */
  public Map<String, String> failInterruptedUpdates() {
    Map<String, String> failed = new LinkedHashMap<>();
    for (ServingEndpoint endpoint : repository.withUpdateInProgress()) {
      int version = endpoint.pendingVersion();
      String reason = "Gatehouse restarted while the update was in progress; submit it again.";
      long now = System.currentTimeMillis();
      endpoint.failUpdate(version, reason, now);
      repository
          .version(endpoint.id(), version)
          .ifPresent(v -> v.finish(VersionStatus.FAILED, reason, now));
      failed.put(endpoint.name(), endpoint.configUpdateMessage());
    }
    return failed;
  }

  private EndpointConfigVersion begin(
      ServingEndpoint endpoint, EndpointConfig config, Caller caller, long now) {
    ExternalModel model = config.servedEntities().get(0).externalModel();
    int version = endpoint.beginUpdate(model.taskKind(), true, now);
    PendingUpdate update =
        new PendingUpdate(endpoint.id(), new EndpointName(endpoint.name()), version, config);
    EndpointConfig stored = credentials.admit(update, caller);
    credentials.retain(endpoint.id(), versionsInUse(endpoint), caller);
    EndpointConfigVersion pending =
        new EndpointConfigVersion(endpoint.id(), version, toJson(stored), caller.userName(), now);
    repository.addVersion(pending);
    return pending;
  }

  private static Set<Integer> versionsInUse(ServingEndpoint endpoint) {
    Set<Integer> versions = new HashSet<>();
    versions.add(endpoint.pendingVersion());
    if (endpoint.servingVersion() != null) {
      versions.add(endpoint.servingVersion());
    }
    return versions;
  }

  private EndpointConfigVersion servingVersion(ServingEndpoint endpoint) {
    return endpoint.servingVersion() == null
        ? null
        : repository.version(endpoint.id(), endpoint.servingVersion()).orElse(null);
  }

  private ServingEndpoint find(EndpointName name) {
    return repository
        .findByName(name.value())
        .orElseThrow(() -> new EndpointNotFoundException(name.value()));
  }

  /**
   * Another node may have written the same row or created the same name since we read: surface it
   * as a conflict, not a 500.
   */
  private void flush(EndpointName name) {
    try {
      repository.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentUpdateException(name.value());
    } catch (PersistenceException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new EndpointAlreadyExistsException(name.value());
      }
      throw e;
    }
  }

  private ConfigRules rules() {
    return new ConfigRules(catalog.get());
  }

  static EndpointConfig parse(String json) {
    return Json.MAPPER.readValue(json, EndpointConfig.class);
  }

  private static String toJson(Object value) {
    return Json.MAPPER.writeValueAsString(value);
  }

  /** 32 hex characters, the shape of Databricks endpoint ids. */
  private static String newId() {
    UUID uuid = UUID.randomUUID();
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return HexFormat.of().formatHex(bytes.array());
  }
}
