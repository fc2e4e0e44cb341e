package dev.gatehouse.usage.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the usage API splits its totals: by a name, or into UTC time buckets. The finer buckets bound
 * their window, so that one answer never holds more than a few thousand groups.
 */
public enum GroupBy {
  PRINCIPAL(null, null, null),
  /** UTC days. */
  DAY(Duration.ofDays(1), null, null),
  SERVED_ENTITY(null, null, null),
  /** UTC hours, over at most 90 days (2160 buckets). */
  HOUR(Duration.ofHours(1), Duration.ofDays(90), "day"),
  /** UTC minutes, over at most 24 hours (1440 buckets). */
  MINUTE(Duration.ofMinutes(1), Duration.ofHours(24), "hour");

  private final Duration bucket;
  private final Duration maxWindow;
  private final String coarser;

  GroupBy(Duration bucket, Duration maxWindow, String coarser) {
    this.bucket = bucket;
    this.maxWindow = maxWindow;
    this.coarser = coarser;
  }

  /** The wire name: {@code principal}, {@code day}, {@code served_entity}, {@code hour}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The length of a time bucket; null when the groups are names. */
  public Duration bucket() {
    return bucket;
  }

  /** Null for no grouping; anything else must be one of the wire names. */
  public static GroupBy parse(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    for (GroupBy g : values()) {
      if (g.wireName().equals(value)) {
        return g;
      }
    }
    throw new InvalidParameterException(
        "group_by '"
            + value
            + "' is not supported; use one of "
            + Arrays.stream(values()).map(GroupBy::wireName).collect(Collectors.joining(", "))
            + ".");
  }

  /** Refuses a window with more buckets than this grouping allows, naming the coarser one. */
  void requireWindow(long windowMs) {
    if (maxWindow == null || windowMs <= maxWindow.toMillis()) {
      return;
    }
    long buckets = maxWindow.toMillis() / bucket.toMillis();
    long spans = (windowMs + bucket.toMillis() - 1) / bucket.toMillis();
    String unit = wireName() + "s";
    throw new InvalidParameterException(
        "group_by="
            + wireName()
            + " allows a window of at most "
            + describe(maxWindow)
            + " ("
            + buckets
            + " "
            + unit
            + "); this one spans "
            + spans
            + " "
            + unit
            + ". Narrow start_time and end_time, or use group_by="
            + coarser
            + ".");
  }

  private static String describe(Duration d) {
    return d.toDaysPart() > 1 ? d.toDays() + " days" : d.toHours() + " hours";
  }
}
