package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageQueryTest {
  private static final Instant NOW = Instant.ofEpochMilli(1_800_000_000_000L);
  private static final long DAY = 86_400_000L;

  @Test
  void withoutParametersTheWindowIsTheLast24Hours() {
    UsageQuery q = UsageQuery.parse("ep", null, null, null, NOW);

    assertThat(q)
        .isEqualTo(new UsageQuery("ep", NOW.toEpochMilli() - DAY, NOW.toEpochMilli(), null));
  }

  @Test
  void anEndAloneLooksBack24HoursAndAStartAloneRunsToNow() {
    assertThat(UsageQuery.parse("ep", null, "5000000000", null, NOW).startTime())
        .isEqualTo(5_000_000_000L - DAY);
    assertThat(UsageQuery.parse("ep", "1000", null, "day", NOW))
        .isEqualTo(new UsageQuery("ep", 1000, NOW.toEpochMilli(), GroupBy.DAY));
  }

  @Test
  void groupByTakesTheThreeWireNames() {
    assertThat(UsageQuery.parse("ep", "0", "1", "principal", NOW).groupBy())
        .isEqualTo(GroupBy.PRINCIPAL);
    assertThat(UsageQuery.parse("ep", "0", "1", "served_entity", NOW).groupBy())
        .isEqualTo(GroupBy.SERVED_ENTITY);
    assertThat(UsageQuery.parse("ep", "0", "1", "", NOW).groupBy()).isNull();
  }

  @Test
  void everyBadParameterIsA400ThatNamesIt() {
    assertThatThrownBy(() -> UsageQuery.parse("ep", "0", "1", "user", NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "group_by 'user' is not supported; use one of principal, day, served_entity, hour,"
                + " minute.");
    assertThatThrownBy(() -> UsageQuery.parse("ep", "yesterday", null, null, NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "start_time 'yesterday' is not a number; give milliseconds since the Unix epoch.");
    assertThatThrownBy(() -> UsageQuery.parse("ep", null, "1.5", null, NOW))
        .hasMessageStartingWith("end_time '1.5' is not a number");
    assertThatThrownBy(() -> UsageQuery.parse("ep", "-1", null, null, NOW))
        .hasMessage("start_time must not be negative; give milliseconds since the Unix epoch.");
    assertThatThrownBy(() -> UsageQuery.parse("ep", "2000", "1000", null, NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("end_time (1000) must be after start_time (2000).");
    assertThatThrownBy(() -> UsageQuery.parse("ep", "1000", "1000", null, NOW))
        .hasMessageContaining("must be after");
  }

  @Test
  void minutesCoverAtMostADayAndHoursAtMost90Days() {
    long end = NOW.toEpochMilli();
    assertThat(UsageQuery.parse("ep", null, null, "minute", NOW).groupBy())
        .as("the default window is exactly the limit")
        .isEqualTo(GroupBy.MINUTE);
    assertThat(UsageQuery.parse("ep", Long.toString(end - 90 * DAY), null, "hour", NOW).groupBy())
        .isEqualTo(GroupBy.HOUR);

    assertThatThrownBy(
            () -> UsageQuery.parse("ep", Long.toString(end - 2 * DAY), null, "minute", NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "group_by=minute allows a window of at most 24 hours (1440 minutes); this one spans"
                + " 2880 minutes. Narrow start_time and end_time, or use group_by=hour.");
    assertThatThrownBy(
            () -> UsageQuery.parse("ep", Long.toString(end - 120 * DAY), null, "hour", NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "group_by=hour allows a window of at most 90 days (2160 hours); this one spans"
                + " 2880 hours. Narrow start_time and end_time, or use group_by=day.");
    assertThatThrownBy(
            () -> UsageQuery.parse("ep", Long.toString(end - DAY - 1), null, "minute", NOW))
        .hasMessageContaining("this one spans 1441 minutes");
  }
}
