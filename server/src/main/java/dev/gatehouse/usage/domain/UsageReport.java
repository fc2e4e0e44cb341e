package dev.gatehouse.usage.domain;

import java.util.List;

/**
 * The answer of the usage API: totals of the window, and per group when grouped.
 *
 * @param latency percentiles of the window's succeeded calls; null when none succeeded
 */
public record UsageReport(
    String endpointName,
    UsageQuery query,
    UsageTotals totals,
    List<UsageGroup> groups,
    LatencyHistogram.Percentiles latency) {
  public static UsageReport of(
      String endpointName, UsageQuery query, List<UsageGroup> rows, LatencyHistogram latencies) {
    UsageTotals totals =
        rows.stream().map(UsageGroup::totals).reduce(UsageTotals.NONE, UsageTotals::plus);
    return new UsageReport(
        endpointName,
        query,
        totals,
        query.groupBy() == null ? List.of() : rows,
        latencies.percentiles().orElse(null));
  }
}
