package dev.gatehouse.platform.api;

import dev.gatehouse.platform.errors.InvalidParameterException;

/**
 * The {@code max_results} of a paged route, taken as text so that a malformed one gets a 400 naming
 * it rather than the 404 JAX-RS gives a number it cannot convert.
 */
public final class MaxResults {
  private MaxResults() {}

  /**
   * @param value as sent, or null for {@code defaultSize}
   * @return a whole number from 1 to {@code max}
   */
  public static int parse(String value, int defaultSize, int max) {
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
