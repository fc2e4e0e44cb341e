package dev.gatehouse.metrics.api;

import static dev.gatehouse.metrics.domain.Outcomes.answered;
import static dev.gatehouse.metrics.domain.Outcomes.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.metrics.domain.CallMetrics;
import dev.gatehouse.metrics.domain.MetricsMirror;
import dev.gatehouse.metrics.domain.Series;
import dev.gatehouse.ratelimit.domain.LimitRefused;
import java.time.Duration;
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

    String text = PrometheusText.render(metrics.of("chat", "ep1").orElseThrow());

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
  void labelValuesEscapeWhatTheFormatReserves() {
    assertThat(PrometheusText.escape("a\\b\"c\nd")).isEqualTo("a\\\\b\\\"c\\nd");
  }
}
