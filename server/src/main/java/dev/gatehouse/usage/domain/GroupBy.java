package dev.gatehouse.usage.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the usage API splits its totals. */
public enum GroupBy {
  PRINCIPAL,
  /** UTC days. */
  DAY,
  SERVED_ENTITY;

  /** The wire name: {@code principal}, {@code day}, {@code served_entity}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
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
}
