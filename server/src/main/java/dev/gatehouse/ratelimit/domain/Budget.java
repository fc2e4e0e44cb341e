package dev.gatehouse.ratelimit.domain;

/**
 * One configured limit as it applies to one caller: its per-minute calls and tokens (null is
 * unlimited, 0 disables) and whose buckets it draws from.
 *
 * @param source {@code ai_gateway} or the legacy {@code rate_limits}
 * @param key the limit's key: {@code endpoint}, {@code user}, {@code user_group} or {@code
 *     service_principal}
 * @param principal the user, group or service principal the limit names, or null
 * @param holder whose buckets these are: {@code *} when everyone the limit covers shares them (an
 *     endpoint or group limit), otherwise the caller's principal id
 */
public record Budget(
    String source, String key, String principal, String holder, Long calls, Long tokens) {
  public static final String GATEWAY = "ai_gateway";
  public static final String LEGACY = "rate_limits";
  static final String SHARED = "*";

  public boolean disabled() {
    return isZero(calls) || isZero(tokens);
  }

  /** How messages name the limit, so a caller can find it in the endpoint's config. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (source.equals(LEGACY)) {
      s.append("legacy rate_limits, ");
    }
    s.append("key '").append(key).append('\'');
    if (principal != null) {
      s.append(", principal '").append(principal).append('\'');
    } else if (key.equals("user")) {
      s.append(", the per-user default");
    }
    return s.toString();
  }

  /** The values of the limit, e.g. {@code 100 calls per minute and 5000 tokens per minute}. */
  public String values() {
    String callsPart = calls == null ? null : calls + " calls per minute";
    String tokensPart = tokens == null ? null : tokens + " tokens per minute";
    if (callsPart != null && tokensPart != null) {
      return callsPart + " and " + tokensPart;
    }
    return callsPart != null ? callsPart : tokensPart;
  }

  /**
   * Identifies one bucket: the endpoint, the limit, who holds it and its value. A changed value is
   * a new key, so a changed limit starts from a fresh bucket on the next call.
   */
  String bucketKey(String endpointId, String dimension, long perMinute) {
    return String.join(
        "|",
        endpointId,
        source,
        key,
        principal == null ? "" : principal,
        holder,
        dimension + "=" + perMinute);
  }

  private static boolean isZero(Long value) {
    return value != null && value == 0;
  }
}
