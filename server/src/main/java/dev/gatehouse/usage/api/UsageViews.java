package dev.gatehouse.usage.api;

import dev.gatehouse.platform.json.JsonBody;
import dev.gatehouse.usage.domain.GroupBy;
import dev.gatehouse.usage.domain.UsageGroup;
import dev.gatehouse.usage.domain.UsageReport;
import dev.gatehouse.usage.domain.UsageTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The usage API's wire shapes (snake_case, absent rather than null). */
final class UsageViews {
  private UsageViews() {}

  record Totals(
      long calls,
      long succeededCalls,
      long failedCalls,
      long promptTokens,
      long completionTokens,
      long totalTokens,
      long estimatedTokenCalls,
      BigDecimal costUsd,
      long unpricedCalls) {
    static Totals of(UsageTotals t) {
      return new Totals(
          t.calls(),
          t.succeededCalls(),
          t.failedCalls(),
          t.promptTokens(),
          t.completionTokens(),
          t.totalTokens(),
          t.estimatedTokenCalls(),
          t.costUsd() == null ? null : t.costUsd().stripTrailingZeros(),
          t.unpricedCalls());
    }
  }

  /**
   * @param key the principal's user name, the served entity's name, or the day as {@code
   *     yyyy-MM-dd} (UTC)
   * @param startTime for days: the day's first millisecond
   */
  record Group(String key, Long startTime, Totals totals) {
    static Group of(UsageGroup g, GroupBy groupBy) {
      if (groupBy == GroupBy.DAY) {
        long start = Long.parseLong(g.key());
        String day = Instant.ofEpochMilli(start).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return new Group(day, start, Totals.of(g.totals()));
      }
      return new Group(g.key(), null, Totals.of(g.totals()));
    }
  }

  record Report(
      String endpointName,
      long startTime,
      long endTime,
      String groupBy,
      Totals totals,
      List<Group> groups)
      implements JsonBody {
    static Report of(UsageReport r) {
      GroupBy groupBy = r.query().groupBy();
      return new Report(
          r.endpointName(),
          r.query().startTime(),
          r.query().endTime(),
          groupBy == null ? null : groupBy.wireName(),
          Totals.of(r.totals()),
          groupBy == null ? null : r.groups().stream().map(g -> Group.of(g, groupBy)).toList());
    }
  }
}
