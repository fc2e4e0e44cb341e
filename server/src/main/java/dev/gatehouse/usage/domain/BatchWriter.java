package dev.gatehouse.usage.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties a buffer into the database, {@code batchSize} items per transaction. One thread runs it
 * at a time on a schedule, and once more at shutdown; it never throws, since a failed batch must
 * not stop the schedule.
 *
 * <p>A batch the database refuses is lost and counted (the items were built from events that cannot
 * be replayed); retrying it forever would only let the buffer overflow instead.
 *
 * @param <T> what the buffer holds
 */
public class BatchWriter<T> {
  private static final Logger LOG = Logger.getLogger(BatchWriter.class.getName());

  private final UsageBuffer<T> buffer;
  private final Consumer<List<T>> sink;
  private final int batchSize;
  private final Runnable onFailedRecord;
  private final ThrottledWarning failureWarning;
  private final String what;

  /**
   * @param sink writes one batch in one transaction, or throws
   * @param what the items, plural, for the log ("usage records")
   */
  public BatchWriter(
      UsageBuffer<T> buffer,
      Consumer<List<T>> sink,
      int batchSize,
      Runnable onFailedRecord,
      ThrottledWarning failureWarning,
      String what) {
    this.buffer = buffer;
    this.sink = sink;
    this.batchSize = batchSize;
    this.onFailedRecord = onFailedRecord;
    this.failureWarning = failureWarning;
    this.what = what;
  }

  /** Writes what is queued now, batch after batch; how many items were written. */
  public synchronized long flush() {
    return flushUntil(Long.MAX_VALUE, System::nanoTime);
  }

  /**
   * Like {@link #flush}, but starts no new batch once {@code deadlineNanos} (of {@code nanoTime})
   * has passed: at shutdown the container gives only so long.
   */
  public synchronized long flushUntil(long deadlineNanos, LongSupplier nanoTime) {
    long written = 0;
    List<T> batch = new ArrayList<>(Math.min(batchSize, 1024));
    while (!buffer.isEmpty()
        && (deadlineNanos == Long.MAX_VALUE || nanoTime.getAsLong() - deadlineNanos < 0)) {
      batch.clear();
      buffer.drainTo(batch, batchSize);
      written += write(batch);
    }
    return written;
  }

  /** How many items are waiting. */
  public int queued() {
    return buffer.size();
  }

  private int write(List<T> batch) {
    try {
      sink.accept(batch);
      return batch.size();
    } catch (RuntimeException e) {
      for (int i = 0; i < batch.size(); i++) {
        onFailedRecord.run();
      }
      LOG.log(Level.FINE, "Batch of " + what + " failed", e);
      failureWarning.warn("Could not write " + batch.size() + " " + what + "; they are lost: " + e);
      return 0;
    }
  }
}
