package dev.gatehouse.endpoints.domain;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An endpoint config as submitted ({@code EndpointCoreConfigInput}) and, once normalized by {@link
 * ConfigRules}, as stored for each version: defaults filled in, order kept as submitted.
 */
public record EndpointConfig(
    List<ServedEntity> servedEntities, List<JsonNode> servedModels, TrafficConfig trafficConfig) {

  public boolean hasExternalModel() {
    return servedEntities != null
        && servedEntities.stream().anyMatch(ServedEntity::servesExternalModel);
  }

  public boolean hasNonExternalEntity() {
    return (servedModels != null && !servedModels.isEmpty())
        || (servedEntities != null
            && servedEntities.stream().anyMatch(e -> !e.servesExternalModel()));
  }
}
