package dev.gatehouse.usage.domain;

import dev.gatehouse.invocation.domain.CallPayloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of inference tables; docs/configuration.md describes each. The writer's schedule, the
 * shutdown drain and the purge's interval and batch size are usage tracking's.
 */
@ApplicationScoped
public class InferenceTableSettings {
  @Inject
  @ConfigProperty(
      name = "gatehouse.inference-tables.max-payload-bytes",
      defaultValue = CallPayloads.DEFAULT_MAX_BYTES)
  int maxPayloadBytes;

  @Inject
  @ConfigProperty(name = "gatehouse.inference-tables.queue-capacity", defaultValue = "1000")
  int queueCapacity;

  @Inject
  @ConfigProperty(name = "gatehouse.inference-tables.batch-size", defaultValue = "100")
  int batchSize;

  @Inject
  @ConfigProperty(name = "gatehouse.inference-tables.retention-days", defaultValue = "30")
  int retentionDays;

  public int maxPayloadBytes() {
    return UsageSettings.positive("gatehouse.inference-tables.max-payload-bytes", maxPayloadBytes);
  }

  public int queueCapacity() {
    return UsageSettings.positive("gatehouse.inference-tables.queue-capacity", queueCapacity);
  }

  public int batchSize() {
    return UsageSettings.positive("gatehouse.inference-tables.batch-size", batchSize);
  }

  /** 0 keeps records for ever. */
  public int retentionDays() {
    return Math.max(0, retentionDays);
  }
}
