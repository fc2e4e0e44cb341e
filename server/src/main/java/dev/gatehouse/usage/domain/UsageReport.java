package dev.gatehouse.usage.domain;

import java.util.List;

/** The answer of the usage API: totals of the window, and per group when grouped. */
public record UsageReport(
    String endpointName, UsageQuery query, UsageTotals totals, List<UsageGroup> groups) {
  public static UsageReport of(String endpointName, UsageQuery query, List<UsageGroup> rows) {
    UsageTotals totals =
        rows.stream().map(UsageGroup::totals).reduce(UsageTotals.NONE, UsageTotals::plus);
    return new UsageReport(endpointName, query, totals, query.groupBy() == null ? List.of() : rows);
  }
}
