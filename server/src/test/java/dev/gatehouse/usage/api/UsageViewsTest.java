package dev.gatehouse.usage.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.usage.domain.GroupBy;
import dev.gatehouse.usage.domain.LatencyHistogram;
import dev.gatehouse.usage.domain.UsageGroup;
import dev.gatehouse.usage.domain.UsageQuery;
import dev.gatehouse.usage.domain.UsageReport;
import dev.gatehouse.usage.domain.UsageTotals;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UsageViewsTest {
  private static final long DAY = 86_400_000L;
  private static final UsageTotals PRICED =
      new UsageTotals(2, 2, 0, 0, 38, 6, 44, 0, new BigDecimal("0.0000093000"), 0);
  private static final UsageTotals UNPRICED = new UsageTotals(1, 0, 1, 1, 0, 0, 0, 0, null, 1);

  private static JsonNode wire(UsageQuery query, List<UsageGroup> rows) {
    return wire(query, rows, new LatencyHistogram());
  }

  private static JsonNode wire(UsageQuery query, List<UsageGroup> rows, LatencyHistogram latency) {
    return Json.MAPPER.valueToTree(
        UsageViews.Report.of(UsageReport.of("chat", query, rows, latency)));
  }

  @Test
  void daysAreNamedByTheirUtcDateAndCarryTheirFirstMillisecond() {
    long day = 20_419 * DAY; // 2025-11-27
    JsonNode report =
        wire(
            new UsageQuery("ep", day, day + 2 * DAY, GroupBy.DAY),
            List.of(
                new UsageGroup(Long.toString(day), PRICED),
                new UsageGroup(Long.toString(day + DAY), UNPRICED)));

    assertThat(report.path("group_by").asString()).isEqualTo("day");
    assertThat(report.path("groups").get(0).path("key").asString()).isEqualTo("2025-11-27");
    assertThat(report.path("groups").get(0).path("start_time").asLong()).isEqualTo(day);
    assertThat(report.path("groups").get(1).path("key").asString()).isEqualTo("2025-11-28");
    assertThat(report.path("totals").path("calls").asLong()).isEqualTo(3);
    assertThat(report.path("totals").path("unpriced_calls").asLong()).isEqualTo(1);
    assertThat(report.path("totals").path("cost_usd").decimalValue())
        .isEqualByComparingTo("0.0000093");
  }

  @Test
  void withoutGroupingThereAreNoGroupsAndAnUnknownCostIsLeftOut() {
    JsonNode report =
        wire(new UsageQuery("ep", 0, DAY, null), List.of(new UsageGroup(null, UNPRICED)));

    assertThat(report.has("groups")).isFalse();
    assertThat(report.has("group_by")).isFalse();
    assertThat(report.path("totals").has("cost_usd")).as("unknown, not 0").isFalse();
    assertThat(report.path("totals").path("failed_calls").asLong()).isEqualTo(1);
    assertThat(report.path("start_time").asLong()).isZero();
    assertThat(report.path("end_time").asLong()).isEqualTo(DAY);
  }

  @Test
  void principalGroupsKeepTheirNameAndHaveNoStartTime() {
    JsonNode report =
        wire(
            new UsageQuery("ep", 0, DAY, GroupBy.PRINCIPAL),
            List.of(new UsageGroup("bob@example.com", PRICED)));

    JsonNode group = report.path("groups").get(0);
    assertThat(group.path("key").asString()).isEqualTo("bob@example.com");
    assertThat(group.has("start_time")).isFalse();
    assertThat(group.path("totals").path("total_tokens").asLong()).isEqualTo(44);
  }

  @Test
  void hoursAndMinutesAreIsoUtcKeysWithTheirFirstMillisecond() {
    long minute = 20_419 * DAY + 10 * 3_600_000L + 5 * 60_000L; // 2025-11-27T10:05Z
    List<UsageGroup> rows = List.of(new UsageGroup(Long.toString(minute), UNPRICED));

    JsonNode byMinute = wire(new UsageQuery("ep", minute, minute + 60_000, GroupBy.MINUTE), rows);
    JsonNode byHour =
        wire(
            new UsageQuery("ep", minute, minute + 60_000, GroupBy.HOUR),
            List.of(new UsageGroup(Long.toString(minute - 5 * 60_000L), PRICED)));

    assertThat(byMinute.path("group_by").asString()).isEqualTo("minute");
    assertThat(byMinute.path("groups").get(0).path("key").asString())
        .isEqualTo("2025-11-27T10:05Z");
    assertThat(byMinute.path("groups").get(0).path("start_time").asLong()).isEqualTo(minute);
    assertThat(byMinute.path("groups").get(0).path("totals").path("rate_limited_calls").asLong())
        .isEqualTo(1);
    assertThat(byHour.path("groups").get(0).path("key").asString()).isEqualTo("2025-11-27T10:00Z");
    assertThat(byHour.path("groups").get(0).path("start_time").asLong())
        .isEqualTo(minute - 5 * 60_000L);
  }

  @Test
  void latencyPercentilesAreReportedOnlyWhenACallSucceeded() {
    LatencyHistogram latency = new LatencyHistogram().add(40, 1).add(900, 1);

    JsonNode timed = wire(new UsageQuery("ep", 0, DAY, null), List.of(), latency);
    JsonNode untimed = wire(new UsageQuery("ep", 0, DAY, null), List.of());

    assertThat(timed.path("latency_ms").toString())
        .isEqualTo("{\"p50\":40,\"p90\":900,\"p99\":900}");
    assertThat(untimed.has("latency_ms")).as("no succeeded call, no latency").isFalse();
  }
}
