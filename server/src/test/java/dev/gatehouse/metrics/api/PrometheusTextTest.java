package dev.gatehouse.metrics.api;

import static dev.gatehouse.metrics.domain.Outcomes.answered;
import static dev.gatehouse.metrics.domain.Outcomes.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.metrics.domain.BreakerState;
import dev.gatehouse.metrics.domain.CallMetrics;
import dev.gatehouse.metrics.domain.EndpointMetrics;
import dev.gatehouse.metrics.domain.MetricsMirror;
import dev.gatehouse.metrics.domain.Series;
import dev.gatehouse.ratelimit.domain.LimitRefused;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
  private static final MetricsMirror NOWHERE =
      new MetricsMirror() {
        @Override
        public void count(Series series, long amount) {}

        @Override
        public void observe(Series series, Duration duration) {}

        @Override
        public void remove(Series series) {}
      };

  @Test
  void rendersCountersAndCumulativeHistogramsWithOneHeaderPerFamily() {
    CallMetrics metrics = new CallMetrics(NOWHERE);
    ServingSnapshot chat = endpoint("ep1", "chat");
    metrics.record(answered(chat, 40));
    metrics.record(answered(chat, 700));
    metrics.refused(new LimitRefused("ep1", "chat", "ai_gateway", "user", "calls"));

    String text =
        PrometheusText.render(
            new EndpointMetrics("chat", metrics.of("chat", "ep1"), Optional.empty()));

    assertThat(text)
        .isEqualTo(
            """
            # HELP gatehouse_endpoint_calls_total Calls by HTTP status and error code
            # TYPE gatehouse_endpoint_calls_total counter
            gatehouse_endpoint_calls_total{endpoint="chat",error_code="none",status="200"} 2
            # HELP gatehouse_endpoint_tokens_total Tokens by kind, estimated ones flagged
            # TYPE gatehouse_endpoint_tokens_total counter
            gatehouse_endpoint_tokens_total{endpoint="chat",estimated="false",kind="completion"} 10
            gatehouse_endpoint_tokens_total{endpoint="chat",estimated="false",kind="prompt"} 20
            # HELP gatehouse_endpoint_rate_limited_total Calls refused with 429 by a rate limit, \
            by the limit's source, key and dimension
            # TYPE gatehouse_endpoint_rate_limited_total counter
            gatehouse_endpoint_rate_limited_total{dimension="calls",endpoint="chat",key="user",\
            source="ai_gateway"} 1
            # HELP gatehouse_endpoint_latency_seconds Call latency (streams: to their end)
            # TYPE gatehouse_endpoint_latency_seconds histogram
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="0.05"} 1
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="0.1"} 1
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="0.25"} 1
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="0.5"} 1
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="1"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="2.5"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="5"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="10"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="30"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="60"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="120"} 2
            gatehouse_endpoint_latency_seconds_bucket{endpoint="chat",le="+Inf"} 2
            gatehouse_endpoint_latency_seconds_sum{endpoint="chat"} 0.74
            gatehouse_endpoint_latency_seconds_count{endpoint="chat"} 2
            """);
  }

  @Test
  void theProvidersBreakerFollowsWithTheEndpointsLabelsAndNoCallsYet() {
    BreakerState breaker =
        new BreakerState(
            "custom", new TreeMap<>(Map.of("closed", 12.5, "halfOpen", 0.0, "open", 3.0)), 1);

    String text =
        PrometheusText.render(new EndpointMetrics("chat", Optional.empty(), Optional.of(breaker)));

    assertThat(text)
        .isEqualTo(
            """
            # HELP gatehouse_endpoint_circuit_breaker_state_seconds_total Seconds the provider's \
            circuit breaker spent in each state (ft_circuitbreaker_state_total); the current state \
            is the one growing
            # TYPE gatehouse_endpoint_circuit_breaker_state_seconds_total counter
            gatehouse_endpoint_circuit_breaker_state_seconds_total{endpoint="chat",provider="custom",\
            state="closed"} 12.5
            gatehouse_endpoint_circuit_breaker_state_seconds_total{endpoint="chat",provider="custom",\
            state="halfOpen"} 0
            gatehouse_endpoint_circuit_breaker_state_seconds_total{endpoint="chat",provider="custom",\
            state="open"} 3
            # HELP gatehouse_endpoint_circuit_breaker_opened_total Times the provider's circuit \
            breaker opened (ft_circuitbreaker_opened_total)
            # TYPE gatehouse_endpoint_circuit_breaker_opened_total counter
            gatehouse_endpoint_circuit_breaker_opened_total{endpoint="chat",provider="custom"} 1
            """);
  }

  @Test
  void nothingToShowIsAnEmptyBody() {
    assertThat(
            PrometheusText.render(new EndpointMetrics("chat", Optional.empty(), Optional.empty())))
        .isEmpty();
  }

  @Test
  void labelValuesEscapeWhatTheFormatReserves() {
    assertThat(PrometheusText.escape("a\\b\"c\nd")).isEqualTo("a\\\\b\\\"c\\nd");
  }
}
