package dev.gatehouse.access.api.scim;

import dev.gatehouse.platform.errors.InvalidParameterException;

/**
 * RFC 7644 §3.4.2.4 paging: {@code startIndex} is 1-based (below 1 counts as 1), {@code count} is
 * the most resources to return (below 0 counts as 0, which returns only {@code totalResults}).
 * Without {@code count}, a page holds {@value #DEFAULT_COUNT}; at most {@value #MAX_COUNT}.
 */
record ScimPaging(int startIndex, int count) {
  static final int DEFAULT_COUNT = 100;
  static final int MAX_COUNT = 10_000;

  static ScimPaging of(String startIndex, String count) {
    int start = Math.max(1, number("startIndex", startIndex, 1));
    int size = Math.min(MAX_COUNT, Math.max(0, number("count", count, DEFAULT_COUNT)));
    return new ScimPaging(start, size);
  }

  int offset() {
    return startIndex - 1;
  }

  private static int number(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.trim());
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name + " must be an integer; got '" + value + "'.");
    }
  }
}
