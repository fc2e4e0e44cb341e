package dev.gatehouse.usage.domain;

import java.util.List;

/** Port to the stored inference records. */
public interface InferenceRepository extends PurgeableRecords {
  /** Writes the records in one transaction: all of them or, on failure, none. */
  void insert(List<InferenceRecord> records);

  /** One page of an endpoint's records in the query's window, newest first. */
  List<InferenceRecord> page(InferenceQuery query);
}
