package dev.gatehouse.metrics.domain;

/**
 * The metrics kept per endpoint. Their names are the Prometheus names without the suffix the type
 * adds ({@code _total} for counters, {@code _seconds} for histograms), which is also how
 * MicroProfile Metrics names them on {@code /metrics}.
 */
public enum Meter {
  CALLS("gatehouse_endpoint_calls", Type.COUNTER, "Calls by HTTP status and error code"),
  TOKENS("gatehouse_endpoint_tokens", Type.COUNTER, "Tokens by kind, estimated ones flagged"),
  RATE_LIMITED(
      "gatehouse_endpoint_rate_limited",
      Type.COUNTER,
      "Calls refused with 429 by a rate limit, by the limit's source, key and dimension"),
  UPSTREAM_ERRORS(
      "gatehouse_endpoint_upstream_errors",
      Type.COUNTER,
      "Calls failed by or because of the provider, by the error code the caller saw"),
  LATENCY("gatehouse_endpoint_latency", Type.HISTOGRAM, "Call latency (streams: to their end)"),
  TIME_TO_FIRST_TOKEN(
      "gatehouse_endpoint_time_to_first_token",
      Type.HISTOGRAM,
      "Streams: time until the first chunk went to the caller");

  public enum Type {
    COUNTER,
    HISTOGRAM
  }

  private final String name;
  private final Type type;
  private final String help;

  Meter(String name, Type type, String help) {
    this.name = name;
    this.type = type;
    this.help = help;
  }

  /** The name as registered in MicroProfile Metrics. */
  public String baseName() {
    return name;
  }

  /** The name of the family in Prometheus text. */
  public String exposedName() {
    return name + (type == Type.COUNTER ? "_total" : "_seconds");
  }

  public Type type() {
    return type;
  }

  public String help() {
    return help;
  }
}
