package dev.gatehouse.usage.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of usage tracking; docs/configuration.md describes each. */
@ApplicationScoped
public class UsageSettings {
  @Inject
  @ConfigProperty(name = "gatehouse.usage.record-all", defaultValue = "true")
  boolean recordAll;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.queue-capacity", defaultValue = "10000")
  int queueCapacity;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.flush-interval-ms", defaultValue = "1000")
  long flushIntervalMs;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.shutdown-drain-ms", defaultValue = "10000")
  long shutdownDrainMs;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.drop-warning-interval-seconds", defaultValue = "60")
  long dropWarningIntervalSeconds;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.max-context-chars", defaultValue = "4096")
  int maxContextChars;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.retention-days", defaultValue = "90")
  int retentionDays;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.purge-interval-minutes", defaultValue = "60")
  long purgeIntervalMinutes;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.purge-batch-size", defaultValue = "10000")
  int purgeBatchSize;

  @Inject
  @ConfigProperty(name = "gatehouse.usage.price-file")
  Optional<String> priceFile;

  public boolean recordAll() {
    return recordAll;
  }

  public int queueCapacity() {
    return positive("gatehouse.usage.queue-capacity", queueCapacity);
  }

  public int batchSize() {
    return positive("gatehouse.usage.batch-size", batchSize);
  }

  public long flushIntervalMs() {
    return positive("gatehouse.usage.flush-interval-ms", flushIntervalMs);
  }

  public long shutdownDrainMs() {
    return Math.max(0, shutdownDrainMs);
  }

  public long dropWarningIntervalSeconds() {
    return Math.max(0, dropWarningIntervalSeconds);
  }

  public int maxContextChars() {
    return Math.max(0, maxContextChars);
  }

  /** 0 keeps records for ever. */
  public int retentionDays() {
    return Math.max(0, retentionDays);
  }

  public long purgeIntervalMinutes() {
    return positive("gatehouse.usage.purge-interval-minutes", purgeIntervalMinutes);
  }

  public int purgeBatchSize() {
    return positive("gatehouse.usage.purge-batch-size", purgeBatchSize);
  }

  public Optional<String> priceFile() {
    return priceFile.filter(f -> !f.isBlank());
  }

  /** {@code value}, or a start-up failure naming the setting when it is below 1. */
  static <T extends Number> T positive(String name, T value) {
    if (value.longValue() < 1) {
      throw new IllegalStateException(name + " must be at least 1, not " + value);
    }
    return value;
  }
}
