package dev.gatehouse.usage.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.time.Duration;
import java.time.Instant;

/**
 * One question to the usage API: an endpoint's calls that started in {@code [startTime, endTime)}
 * (epoch ms), optionally grouped. Validates itself from the raw query parameters, so every bad
 * parameter gets a 400 that names it rather than the 404 JAX-RS gives a number it cannot convert.
 */
public record UsageQuery(String endpointId, long startTime, long endTime, GroupBy groupBy) {
  /** The window when the caller gives no start: the last day, the question most often asked. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  public UsageQuery {
    if (endTime <= startTime) {
      throw new InvalidParameterException(
          "end_time (" + endTime + ") must be after start_time (" + startTime + ").");
    }
    if (groupBy != null) {
      groupBy.requireWindow(endTime - startTime);
    }
  }

  /**
   * @param start {@code start_time} as sent, or null: {@code end_time} minus 24 hours
   * @param end {@code end_time} as sent, or null: now
   */
  public static UsageQuery parse(
      String endpointId, String start, String end, String groupBy, Instant now) {
    long endTime = end == null ? now.toEpochMilli() : millis("end_time", end);
    long startTime =
        start == null ? endTime - DEFAULT_WINDOW.toMillis() : millis("start_time", start);
    return new UsageQuery(endpointId, startTime, endTime, GroupBy.parse(groupBy));
  }

  private static long millis(String name, String value) {
    long parsed;
    try {
      parsed = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          name + " '" + value + "' is not a number; give milliseconds since the Unix epoch.");
    }
    if (parsed < 0) {
      throw new InvalidParameterException(
          name + " must not be negative; give milliseconds since the Unix epoch.");
    }
    return parsed;
  }
}
