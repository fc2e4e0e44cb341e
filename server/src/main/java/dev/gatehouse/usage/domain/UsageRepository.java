package dev.gatehouse.usage.domain;

import java.util.List;

/** Port to the stored usage records. */
public interface UsageRepository extends PurgeableRecords {
  /** Writes the records in one transaction: all of them or, on failure, none. */
  void insert(List<UsageRecord> records);

  /** The totals of the query's window, one row per group (one row in all without grouping). */
  List<UsageGroup> aggregate(UsageQuery query);

  /** The latencies of the window's succeeded calls, per {@link LatencyHistogram} bucket. */
  LatencyHistogram latencies(UsageQuery query);
}
