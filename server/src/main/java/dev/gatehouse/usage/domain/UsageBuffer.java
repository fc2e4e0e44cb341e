package dev.gatehouse.usage.domain;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The calls waiting to be written, bounded so a database that falls behind costs a known amount of
 * memory rather than all of it. {@link #offer} never blocks: a full buffer drops the call and
 * counts it, because slowing every caller down to the database's pace is worse than a gap in the
 * usage records, and the gap is visible (metric and log).
 */
public final class UsageBuffer<T> {
  private final BlockingQueue<T> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final Runnable onDrop;

  /**
   * @param onDrop told of each dropped item, on the caller's thread (a metric, a throttled log)
   */
  public UsageBuffer(int capacity, Runnable onDrop) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.onDrop = onDrop;
  }

  /** Queues the item, or drops and counts it when the buffer is full. */
  public boolean offer(T item) {
    if (queue.offer(item)) {
      return true;
    }
    dropped.incrementAndGet();
    onDrop.run();
    return false;
  }

  /** Moves up to {@code max} items into {@code into}; how many it moved. */
  public int drainTo(List<? super T> into, int max) {
    return queue.drainTo(into, max);
  }

  public int size() {
    return queue.size();
  }

  public boolean isEmpty() {
    return queue.isEmpty();
  }

  public long dropped() {
    return dropped.get();
  }
}
