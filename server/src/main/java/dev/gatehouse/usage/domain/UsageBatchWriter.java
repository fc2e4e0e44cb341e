package dev.gatehouse.usage.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the buffer into the repository, {@code batchSize} records per transaction. One thread
 * runs it at a time on a schedule, and once more at shutdown; it never throws, since a failed batch
 * must not stop the schedule.
 *
 * <p>A batch the database refuses is lost and counted (the records were built from events that
 * cannot be replayed); retrying it forever would only let the buffer overflow instead.
 */
public final class UsageBatchWriter {
  private static final Logger LOG = Logger.getLogger(UsageBatchWriter.class.getName());

  private final UsageBuffer<Pending> buffer;
  private final UsageRecords records;
  private final UsageRepository repository;
  private final int batchSize;
  private final Runnable onFailedRecord;
  private final ThrottledWarning failureWarning;

  public UsageBatchWriter(
      UsageBuffer<Pending> buffer,
      UsageRecords records,
      UsageRepository repository,
      int batchSize,
      Runnable onFailedRecord,
      ThrottledWarning failureWarning) {
    this.buffer = buffer;
    this.records = records;
    this.repository = repository;
    this.batchSize = batchSize;
    this.onFailedRecord = onFailedRecord;
    this.failureWarning = failureWarning;
  }

  /** Writes what is queued now, batch after batch; how many records were written. */
  public synchronized long flush() {
    return flushUntil(Long.MAX_VALUE, System::nanoTime);
  }

  /**
   * Like {@link #flush}, but starts no new batch once {@code deadlineNanos} (of {@code nanoTime})
   * has passed: at shutdown the container gives only so long.
   */
  public synchronized long flushUntil(long deadlineNanos, LongSupplier nanoTime) {
    long written = 0;
    List<Pending> batch = new ArrayList<>(Math.min(batchSize, 1024));
    while (!buffer.isEmpty()
        && (deadlineNanos == Long.MAX_VALUE || nanoTime.getAsLong() - deadlineNanos < 0)) {
      batch.clear();
      buffer.drainTo(batch, batchSize);
      written += write(batch);
    }
    return written;
  }

  private int write(List<Pending> batch) {
    List<UsageRecord> rows = new ArrayList<>(batch.size());
    try {
      for (Pending p : batch) {
        rows.add(records.of(p.call(), p.mode()));
      }
      repository.insert(rows);
      return rows.size();
    } catch (RuntimeException e) {
      for (int i = 0; i < batch.size(); i++) {
        onFailedRecord.run();
      }
      LOG.log(Level.FINE, "Usage batch failed", e);
      failureWarning.warn(
          "Could not write " + batch.size() + " usage records; they are lost: " + e);
      return 0;
    }
  }
}
