package dev.gatehouse.platform.api;

import dev.gatehouse.platform.errors.InvalidParameterException;

/**
 * Query parameters the list and report routes share, taken as text and parsed here: JAX-RS answers
 * a number it cannot convert with a 404 that names nothing, and each bad parameter deserves a 400
 * that names it and says what to send.
 */
public final class QueryParameters {
  private QueryParameters() {}

  /** A time in milliseconds since the Unix epoch: a non-negative whole number. */
  public static long epochMillis(String name, String value) {
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

  /** {@code max_results}: {@code defaultSize} when absent, otherwise a whole number in 1..max. */
  public static int pageSize(String value, int defaultSize, int max) {
    if (value == null) {
      return defaultSize;
    }
    try {
      int size = Integer.parseInt(value.trim());
      if (size >= 1 && size <= max) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below, like an out-of-range number
    }
    throw new InvalidParameterException(
        "max_results '" + value + "' must be a whole number between 1 and " + max + ".");
  }
}
