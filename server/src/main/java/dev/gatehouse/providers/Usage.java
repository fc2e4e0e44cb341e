package dev.gatehouse.providers;

/**
 * Tokens of one call. When a provider reports none, adapters estimate {@code (characters + 1) / 4}
 * and say so with {@code estimated}, so usage records and limits can tell the difference.
 */
public record Usage(long promptTokens, long completionTokens, long totalTokens, boolean estimated) {

  public static Usage of(long prompt, long completion) {
    return new Usage(prompt, completion, prompt + completion, false);
  }

  /** The estimate Databricks uses where a provider reports no usage. */
  public static long estimateTokens(String text) {
    return text == null ? 0 : (text.length() + 1) / 4;
  }

  public static Usage estimated(String prompt, String completion) {
    long p = estimateTokens(prompt);
    long c = estimateTokens(completion);
    return new Usage(p, c, p + c, true);
  }
}
