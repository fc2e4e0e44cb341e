package dev.gatehouse.usage.domain;

/** Stored records the retention purge may delete: usage records, inference records. */
public interface PurgeableRecords {
  /**
   * Deletes at most {@code limit} records older than {@code cutoff} (epoch ms), in one short
   * transaction; how many it deleted.
   */
  int purgeOlderThan(long cutoff, int limit);
}
