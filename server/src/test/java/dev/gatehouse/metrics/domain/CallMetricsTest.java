package dev.gatehouse.metrics.domain;

import static dev.gatehouse.metrics.domain.Outcomes.answered;
import static dev.gatehouse.metrics.domain.Outcomes.call;
import static dev.gatehouse.metrics.domain.Outcomes.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.ratelimit.domain.LimitRefused;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallMetricsTest {
  private final RecordingMirror mirror = new RecordingMirror();
  private final CallMetrics metrics = new CallMetrics(mirror);
  private final ServingSnapshot chat = endpoint("ep1", "chat");

  @Test
  void callsAreCountedByStatusAndErrorCode() {
    metrics.record(answered(chat, 100));
    metrics.record(answered(chat, 100));
    metrics.record(call(chat, 502, "UPSTREAM_ERROR", noTokens(), Duration.ofMillis(30), null));
    metrics.record(call(chat, 403, "PERMISSION_DENIED", noTokens(), Duration.ofMillis(1), null));

    assertThat(counters())
        .containsEntry(calls("200", "none"), 2L)
        .containsEntry(calls("502", "UPSTREAM_ERROR"), 1L)
        .containsEntry(calls("403", "PERMISSION_DENIED"), 1L)
        .containsEntry(
            Series.of(Meter.UPSTREAM_ERRORS, "endpoint", "chat", "error_code", "UPSTREAM_ERROR"),
            1L);
    // Refusals are the caller's business, not the provider's.
    assertThat(counters().keySet())
        .noneMatch(
            s ->
                s.meter() == Meter.UPSTREAM_ERRORS
                    && s.labels().get("error_code").equals("PERMISSION_DENIED"));
    assertThat(mirror.counted).isEqualTo(counters());
  }

  @Test
  void tokensAreCountedByKindWithEstimatesFlagged() {
    metrics.record(answered(chat, 10));
    metrics.record(call(chat, 200, null, new Usage(4, 6, 10, true), Duration.ofMillis(5), null));

    assertThat(counters())
        .containsEntry(tokens("prompt", "false"), 10L)
        .containsEntry(tokens("completion", "false"), 5L)
        .containsEntry(tokens("prompt", "true"), 4L)
        .containsEntry(tokens("completion", "true"), 6L);
  }

  @Test
  void latencyFallsIntoItsBucketAndOnlyStreamsHaveATimeToFirstToken() {
    metrics.record(answered(chat, 40)); // <= 0.05
    metrics.record(answered(chat, 300)); // <= 0.5
    metrics.record(
        call(chat, 200, null, noTokens(), Duration.ofSeconds(200), Duration.ofMillis(80)));

    Histogram.Snapshot latency = histogram(Meter.LATENCY);
    assertThat(latency.cumulative()).containsExactly(1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3);
    assertThat(latency.count()).isEqualTo(3);
    assertThat(latency.sum()).isCloseTo(200.34, org.assertj.core.data.Offset.offset(1e-9));
    Histogram.Snapshot firstToken = histogram(Meter.TIME_TO_FIRST_TOKEN);
    assertThat(firstToken.count()).isEqualTo(1);
    assertThat(firstToken.cumulative()[0]).isZero();
    assertThat(firstToken.cumulative()[1]).isEqualTo(1);
  }

  @Test
  void aRefusalIsCountedByTheLimitThatRefused() {
    metrics.refused(new LimitRefused("ep1", "chat", "ai_gateway", "user", "calls"));
    metrics.refused(new LimitRefused("ep1", "chat", "ai_gateway", "user", "calls"));
    metrics.refused(new LimitRefused("ep1", "chat", "rate_limits", "endpoint", "calls"));
    metrics.refused(new LimitRefused("ep1", "chat", "ai_gateway", "user_group", "tokens"));

    assertThat(counters())
        .containsEntry(limited("ai_gateway", "user", "calls"), 2L)
        .containsEntry(limited("rate_limits", "endpoint", "calls"), 1L)
        .containsEntry(limited("ai_gateway", "user_group", "tokens"), 1L)
        .hasSize(3);
  }

  @Test
  void aDeletedEndpointsSeriesAreDroppedHereAndInTheMirror() {
    metrics.record(answered(chat, 10));
    metrics.record(answered(endpoint("ep2", "other"), 10));

    metrics.drop("chat", "ep-older"); // a deleted endpoint that had the name before: not these
    assertThat(metrics.endpoints()).containsExactlyInAnyOrder("chat", "other");

    metrics.drop("chat", "ep1");
    assertThat(metrics.endpoints()).containsExactly("other");
    assertThat(metrics.of("chat", "ep1")).isEmpty();
    assertThat(mirror.counted.keySet()).allMatch(s -> s.labels().get("endpoint").equals("other"));
    assertThat(mirror.observed).allMatch(s -> s.labels().get("endpoint").equals("other"));
  }

  @Test
  void aNewEndpointReusingANameStartsFromZero() {
    metrics.record(answered(chat, 10));
    metrics.record(answered(chat, 10));

    metrics.record(answered(endpoint("ep9", "chat"), 10));

    assertThat(metrics.of("chat", "ep1")).isEmpty();
    assertThat(metrics.of("chat", "ep9").orElseThrow().counters())
        .containsEntry(calls("200", "none"), 1L);
    assertThat(mirror.counted).containsEntry(calls("200", "none"), 1L);
  }

  private java.util.Map<Series, Long> counters() {
    return metrics.of("chat", "ep1").orElseThrow().counters();
  }

  private Histogram.Snapshot histogram(Meter meter) {
    return metrics
        .of("chat", "ep1")
        .orElseThrow()
        .histograms()
        .get(Series.of(meter, "endpoint", "chat"));
  }

  private static Usage noTokens() {
    return new Usage(0, 0, 0, false);
  }

  private static Series calls(String status, String errorCode) {
    return Series.of(Meter.CALLS, "endpoint", "chat", "status", status, "error_code", errorCode);
  }

  private static Series tokens(String kind, String estimated) {
    return Series.of(Meter.TOKENS, "endpoint", "chat", "kind", kind, "estimated", estimated);
  }

  private static Series limited(String source, String key, String dimension) {
    return Series.of(
        Meter.RATE_LIMITED,
        "endpoint",
        "chat",
        "source",
        source,
        "key",
        key,
        "dimension",
        dimension);
  }
}
