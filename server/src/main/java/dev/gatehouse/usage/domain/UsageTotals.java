package dev.gatehouse.usage.domain;

import java.math.BigDecimal;

/**
 * What a set of calls came to.
 *
 * @param rateLimitedCalls calls answered 429 {@code REQUEST_LIMIT_EXCEEDED}, counted among the
 *     failed ones: refused by Gatehouse's rate limits, or by the provider's, which Gatehouse passes
 *     on with the same status and code, so the records cannot tell them apart
 * @param estimatedTokenCalls calls whose tokens the gateway estimated because the provider reported
 *     none
 * @param costUsd the summed cost of the calls that have a price; null when none has
 * @param unpricedCalls calls whose model has no price, so {@code costUsd} leaves them out
 */
public record UsageTotals(
    long calls,
    long succeededCalls,
    long failedCalls,
    long rateLimitedCalls,
    long promptTokens,
    long completionTokens,
    long totalTokens,
    long estimatedTokenCalls,
    BigDecimal costUsd,
    long unpricedCalls) {

  public static final UsageTotals NONE = new UsageTotals(0, 0, 0, 0, 0, 0, 0, 0, null, 0);

  public UsageTotals plus(UsageTotals o) {
    return new UsageTotals(
        calls + o.calls,
        succeededCalls + o.succeededCalls,
        failedCalls + o.failedCalls,
        rateLimitedCalls + o.rateLimitedCalls,
        promptTokens + o.promptTokens,
        completionTokens + o.completionTokens,
        totalTokens + o.totalTokens,
        estimatedTokenCalls + o.estimatedTokenCalls,
        costUsd == null ? o.costUsd : o.costUsd == null ? costUsd : costUsd.add(o.costUsd),
        unpricedCalls + o.unpricedCalls);
  }
}
