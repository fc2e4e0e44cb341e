package dev.gatehouse.usage.api;

import dev.gatehouse.platform.json.JsonBody;
import dev.gatehouse.usage.domain.GroupBy;
import dev.gatehouse.usage.domain.LatencyHistogram;
import dev.gatehouse.usage.domain.UsageGroup;
import dev.gatehouse.usage.domain.UsageReport;
import dev.gatehouse.usage.domain.UsageTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The usage API's wire shapes (snake_case, absent rather than null). */
final class UsageViews {
  private UsageViews() {}

  record Totals(
      long calls,
      long succeededCalls,
      long failedCalls,
      long rateLimitedCalls,
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
          t.rateLimitedCalls(),
          t.promptTokens(),
          t.completionTokens(),
          t.totalTokens(),
          t.estimatedTokenCalls(),
          t.costUsd() == null ? null : t.costUsd().stripTrailingZeros(),
          t.unpricedCalls());
    }
  }

  /** ISO-8601 in UTC. An hour keeps its {@code :00}, so that browsers' date parsers take it. */
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH':00Z'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

  /**
   * @param key the principal's user name, the served entity's name, or the bucket in UTC: a day as
   *     {@code 2026-11-27}, an hour as {@code 2026-11-27T10:00Z}, a minute as {@code
   *     2026-11-27T10:05Z}
   * @param startTime for time buckets: the bucket's first millisecond
   */
  record Group(String key, Long startTime, Totals totals) {
    static Group of(UsageGroup g, GroupBy groupBy) {
      if (groupBy.bucket() == null) {
        return new Group(g.key(), null, Totals.of(g.totals()));
      }
      long start = Long.parseLong(g.key());
      Instant at = Instant.ofEpochMilli(start);
      String key =
          switch (groupBy) {
            case HOUR -> HOUR.format(at);
            case MINUTE -> MINUTE.format(at);
            default -> at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
          };
      return new Group(key, start, Totals.of(g.totals()));
    }
  }

  record Report(
      String endpointName,
      long startTime,
      long endTime,
      String groupBy,
      Totals totals,
      LatencyHistogram.Percentiles latencyMs,
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
          r.latency(),
          groupBy == null ? null : r.groups().stream().map(g -> Group.of(g, groupBy)).toList());
    }
  }
}
