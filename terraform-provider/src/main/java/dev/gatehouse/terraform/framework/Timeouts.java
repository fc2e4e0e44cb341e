package dev.gatehouse.terraform.framework;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code timeouts { create = "45m" }} block of resources that wait for the API, in Terraform's
 * duration syntax ({@code 1h30m}, {@code 90s}). Add {@link #block} to the schema and read a limit
 * with {@link #get}; an invalid duration is reported by {@link #validate}.
 */
public final class Timeouts {
  public static final String BLOCK_NAME = "timeouts";
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

  private Timeouts() {}

  /** A SINGLE block with one optional duration per named operation, e.g. create, update. */
  public static NestedBlock block(String... operations) {
    BlockPart[] parts = new BlockPart[operations.length];
    for (int i = 0; i < operations.length; i++) {
      parts[i] =
          Attribute.string(operations[i])
              .optional()
              .description("How long to wait for " + operations[i] + ", e.g. \"45m\".");
    }
    return NestedBlock.single(BLOCK_NAME, Block.of("Limits for waiting operations.", parts));
  }

  /** The configured limit of {@code operation}, else {@code fallback}. */
  public static Duration get(Value object, String operation, Duration fallback) {
    Value timeouts = object.get(BLOCK_NAME);
    if (!timeouts.isKnown()) {
      return fallback;
    }
    Value value = timeouts.get(operation);
    return value.isKnown() ? parse(value.asString()) : fallback;
  }

  public static void validate(Value config, Diagnostics diagnostics) {
    Value timeouts = config.get(BLOCK_NAME);
    if (!timeouts.isKnown()) {
      return;
    }
    timeouts
        .entries()
        .forEach(
            (operation, value) -> {
              if (value.isKnown()) {
                try {
                  parse(value.asString());
                } catch (IllegalArgumentException e) {
                  diagnostics.error(
                      AttributePath.of(BLOCK_NAME).attribute(operation),
                      "Invalid duration",
                      e.getMessage());
                }
              }
            });
  }

  /** Terraform's (Go's) duration syntax: a sequence of number+unit parts, ms, s, m or h. */
  public static Duration parse(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher part = PART.matcher(trimmed);
    long millis = 0;
    int end = 0;
    while (part.lookingAt()) {
      double amount = Double.parseDouble(part.group(1));
      millis +=
          (long)
              switch (part.group(2)) {
                case "h" -> amount * 3_600_000;
                case "m" -> amount * 60_000;
                case "s" -> amount * 1_000;
                default -> amount;
              };
      end = part.end();
      part.region(end, trimmed.length());
    }
    if (end == 0 || end != trimmed.length()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write e.g. \"45m\", \"1h30m\" or \"90s\".");
    }
    return Duration.ofMillis(millis);
  }
}
