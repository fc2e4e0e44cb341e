package dev.gatehouse.invocation.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import dev.gatehouse.endpoints.domain.Task;
import java.util.List;
import java.util.Optional;

/**
 * What a call needs to know about an endpoint, frozen at one serving version: a call that picked it
 * up finishes on it even if the endpoint's config changes meanwhile. {@code gateway} (null when the
 * endpoint has none) and {@code legacyRateLimits} are as last saved; they change without a new
 * serving version, and a change replaces the snapshot like any other.
 */
public record ServingSnapshot(
    String endpointId,
    String endpointName,
    Task task,
    int version,
    String servedEntityName,
    ExternalModel model,
    AccessControlList acl,
    AiGatewayConfig gateway,
    List<LegacyRateLimit> legacyRateLimits) {

  public ServingSnapshot {
    legacyRateLimits = legacyRateLimits == null ? List.of() : List.copyOf(legacyRateLimits);
  }

  public Optional<PermissionLevel> levelFor(Caller caller) {
    return acl.levelFor(caller);
  }
}
