package dev.gatehouse.usage.domain;

/**
 * Writes queued calls as usage records. Pricing a call and serializing its {@code usage_context}
 * happen here, on the writer's thread, not on the caller's.
 */
public final class UsageBatchWriter extends BatchWriter<Pending> {
  public UsageBatchWriter(
      UsageBuffer<Pending> buffer,
      UsageRecords records,
      UsageRepository repository,
      int batchSize,
      Runnable onFailedRecord,
      ThrottledWarning failureWarning) {
    super(
        buffer,
        batch ->
            repository.insert(batch.stream().map(p -> records.of(p.call(), p.mode())).toList()),
        batchSize,
        onFailedRecord,
        failureWarning,
        "usage records");
  }
}
