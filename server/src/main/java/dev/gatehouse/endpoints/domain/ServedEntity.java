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

  /**
   * An entity that serves an external model and nothing else: compute settings mean nothing without
   * compute, and {@code scale_to_zero_enabled}, which some clients always send, is dropped.
   */
  public static ServedEntity external(String name, ExternalModel model) {
    return new ServedEntity(
        name, model, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
