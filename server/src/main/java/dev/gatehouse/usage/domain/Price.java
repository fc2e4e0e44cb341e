package dev.gatehouse.usage.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** List price of one model: US dollars per million input and per million output tokens. */
public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
  /** Cost is stored with this many decimals: a single cheap call is a few millionths of a cent. */
  public static final int SCALE = 10;

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  public Price {
    if (inputPerMillion == null || outputPerMillion == null) {
      throw new IllegalArgumentException("a price needs both input and output");
    }
    if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
      throw new IllegalArgumentException("a price cannot be negative");
    }
  }

  public BigDecimal cost(long promptTokens, long completionTokens) {
    return inputPerMillion
        .multiply(BigDecimal.valueOf(promptTokens))
        .add(outputPerMillion.multiply(BigDecimal.valueOf(completionTokens)))
        .divide(MILLION, SCALE, RoundingMode.HALF_UP);
  }
}
