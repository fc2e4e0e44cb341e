package dev.gatehouse.endpoints.domain;

import java.util.Map;

/** One served entity: either an external model or a model Gatehouse hosts (not served yet). */
public record ServedEntity(
    String name,
    ExternalModel externalModel,
    String entityName,
    String entityVersion,
    String workloadSize,
    String workloadType,
    Boolean scaleToZeroEnabled,
    Long minProvisionedConcurrency,
    Long maxProvisionedConcurrency,
    Long minProvisionedThroughput,
    Long maxProvisionedThroughput,
    Long provisionedModelUnits,
    Boolean burstScalingEnabled,
    Map<String, String> environmentVars,
    String instanceProfileArn) {

  public boolean servesExternalModel() {
    return externalModel != null;
  }

  public ServedEntity withName(String newName) {
    return new ServedEntity(
        newName,
        externalModel,
        entityName,
        entityVersion,
        workloadSize,
        workloadType,
        scaleToZeroEnabled,
        minProvisionedConcurrency,
        maxProvisionedConcurrency,
        minProvisionedThroughput,
        maxProvisionedThroughput,
        provisionedModelUnits,
        burstScalingEnabled,
        environmentVars,
        instanceProfileArn);
  }
}
