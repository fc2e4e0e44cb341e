package dev.gatehouse.metrics.domain;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.ratelimit.domain.LimitRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The series of every endpoint that had calls, in memory. Recording a call is a few adder
 * increments, so it runs on the caller's thread (streams: at their end) without slowing it; every
 * increment is mirrored to MicroProfile Metrics.
 */
@ApplicationScoped
public class CallMetrics {
  /** What a caller sees when the provider failed or Gatehouse stopped calling it. */
  static final Set<String> UPSTREAM =
      Set.of(
          ErrorCode.UPSTREAM_ERROR.name(),
          ErrorCode.UPSTREAM_AUTH_FAILED.name(),
          ErrorCode.UPSTREAM_TIMEOUT.name(),
          ErrorCode.TEMPORARILY_UNAVAILABLE.name());

  static final String SUCCESS = "none";

  @Inject MetricsMirror mirror;

  private final Map<String, EndpointSeries> byName = new ConcurrentHashMap<>();

  CallMetrics() {}

  public CallMetrics(MetricsMirror mirror) {
    this.mirror = mirror;
  }

  public void record(CallOutcome call) {
    String name = call.endpoint().endpointName();
    EndpointSeries series = seriesOf(call.endpoint().endpointId(), name);
    String code = call.errorCode() == null ? SUCCESS : call.errorCode();
    count(
        series,
        Series.of(
            Meter.CALLS,
            "endpoint",
            name,
            "status",
            Integer.toString(call.status()),
            "error_code",
            code),
        1);
    if (UPSTREAM.contains(code)) {
      count(series, Series.of(Meter.UPSTREAM_ERRORS, "endpoint", name, "error_code", code), 1);
    }
    tokens(series, name, call.usage());
    observe(series, Series.of(Meter.LATENCY, "endpoint", name), call.latency());
    if (call.timeToFirstToken() != null) {
      observe(
          series, Series.of(Meter.TIME_TO_FIRST_TOKEN, "endpoint", name), call.timeToFirstToken());
    }
  }

  public void refused(LimitRefused refusal) {
    String name = refusal.endpointName();
    count(
        seriesOf(refusal.endpointId(), name),
        Series.of(
            Meter.RATE_LIMITED,
            "endpoint",
            name,
            "source",
            refusal.source(),
            "key",
            refusal.key(),
            "dimension",
            refusal.dimension()),
        1);
  }

  /** The endpoint's series, if it had calls since it was created (or since the server started). */
  public Optional<EndpointSeries> of(String endpointName, String endpointId) {
    return Optional.ofNullable(byName.get(endpointName))
        .filter(s -> s.endpointId().equals(endpointId));
  }

  /** The names of the endpoints that have series. */
  public Set<String> endpoints() {
    return Set.copyOf(byName.keySet());
  }

  /** Drops the series of a deleted endpoint, here and in the mirror. */
  public void drop(String endpointName, String endpointId) {
    EndpointSeries held = byName.get(endpointName);
    if (held != null && held.endpointId().equals(endpointId) && byName.remove(endpointName, held)) {
      held.all().forEach(mirror::remove);
    }
  }

  private void tokens(EndpointSeries series, String name, Usage usage) {
    String estimated = Boolean.toString(usage.estimated());
    if (usage.promptTokens() > 0) {
      count(series, tokenSeries(name, "prompt", estimated), usage.promptTokens());
    }
    if (usage.completionTokens() > 0) {
      count(series, tokenSeries(name, "completion", estimated), usage.completionTokens());
    }
  }

  private static Series tokenSeries(String name, String kind, String estimated) {
    return Series.of(Meter.TOKENS, "endpoint", name, "kind", kind, "estimated", estimated);
  }

  private EndpointSeries seriesOf(String endpointId, String name) {
    EndpointSeries held = byName.get(name);
    if (held != null && held.endpointId().equals(endpointId)) {
      return held;
    }
    if (held != null) {
      // The name was taken by a new endpoint before the old one's deletion was heard.
      drop(name, held.endpointId());
    }
    return byName.computeIfAbsent(name, n -> new EndpointSeries(endpointId));
  }

  private void count(EndpointSeries series, Series one, long amount) {
    series.count(one, amount);
    mirror.count(one, amount);
  }

  private void observe(EndpointSeries series, Series one, Duration duration) {
    series.observe(one, duration);
    mirror.observe(one, duration);
  }
}
