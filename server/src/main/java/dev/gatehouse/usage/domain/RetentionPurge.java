package dev.gatehouse.usage.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Deletes records older than the retention period, a bounded number per transaction, so a purge of
 * millions of rows neither holds one huge transaction nor locks out the writer for long.
 */
public final class RetentionPurge {
  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  private final PurgeableRecords repository;
  private final Clock clock;
  private final int retentionDays;
  private final int batchSize;
  private final String what;

  public RetentionPurge(
      PurgeableRecords repository, Clock clock, int retentionDays, int batchSize) {
    this(repository, clock, retentionDays, batchSize, "usage records");
  }

  /**
   * @param what the records, plural, for the log
   */
  public RetentionPurge(
      PurgeableRecords repository, Clock clock, int retentionDays, int batchSize, String what) {
    this.repository = repository;
    this.clock = clock;
    this.retentionDays = retentionDays;
    this.batchSize = batchSize;
    this.what = what;
  }

  /** Deletes everything past retention (nothing when retention is 0); how many rows. */
  public long run() {
    if (retentionDays == 0) {
      return 0;
    }
    long cutoff = clock.millis() - Duration.ofDays(retentionDays).toMillis();
    long deleted = 0;
    int last;
    do {
      last = repository.purgeOlderThan(cutoff, batchSize);
      deleted += last;
    } while (last == batchSize);
    if (deleted > 0) {
      LOG.info("Deleted " + deleted + " " + what + " older than " + retentionDays + " days");
    }
    return deleted;
  }
}
