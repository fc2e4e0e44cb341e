package dev.gatehouse.providers.anthropic;

import static dev.gatehouse.providers.anthropic.AnthropicFixtures.API_KEY;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.adapter;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicFailureTest {
  private static final Map<String, List<String>> JSON =
      Map.of("content-type", List.of("application/json"), "request-id", List.of("req_01"));

  private static Map<String, List<String>> withRetryAfter(String seconds) {
    return Map.of(
        "content-type", List.of("application/json"),
        "Retry-After", List.of(seconds),
        "anthropic-ratelimit-input-tokens-reset", List.of("2026-11-27T06:00:17Z"));
  }

  private static UpstreamFailure failure(int status, String body) {
    return Fixtures.failure(adapter(), status, JSON, body);
  }

  @Test
  void aRateLimitIsRetryableAfterWhatAnthropicSays() {
    UpstreamFailure failure =
        adapter().failure(response(429, "rate-limit.response.json", withRetryAfter("17")));

    assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(failure.upstreamStatus()).isEqualTo(429);
    assertThat(failure.retryAfterHint()).contains(Duration.ofSeconds(17));
    assertThat(failure.message())
        .isEqualTo(
            "Anthropic: This request would exceed the rate limit for your organization (a1b2c3)"
                + " of 50 input tokens per minute. For details, refer to: [redacted]"
                + " (rate_limit_error)");
  }

  @Test
  void aRateLimitWithoutRetryAfterHasNoHint() {
    UpstreamFailure failure = adapter().failure(response(429, "rate-limit.response.json", JSON));

    assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(failure.retryAfterHint()).isEmpty();
  }

  @Test
  void anOverloadIs529AndMeansUnavailable() {
    UpstreamFailure failure = adapter().failure(response(529, "overload.response.json", JSON));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.kind().retryable()).isTrue();
    assertThat(failure.upstreamStatus()).isEqualTo(529);
    assertThat(failure.message()).isEqualTo("Anthropic: Overloaded (overloaded_error)");
    assertThat(failure.retryAfterHint()).isEmpty();
  }

  @Test
  void aRefusedKeyIsAnAuthFailureThatNeverNamesTheKey() {
    UpstreamFailure failure = adapter().failure(response(401, "auth.response.json", JSON));

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.kind().retryable()).isFalse();
    assertThat(failure.message()).isEqualTo("Anthropic: invalid x-api-key (authentication_error)");
    assertThat(failure.message()).doesNotContain(API_KEY);
  }

  @Test
  void aBadRequestKeepsAnthropicsExplanation() {
    UpstreamFailure failure =
        adapter().failure(response(400, "bad-request.response.json", withRetryAfter("5")));

    assertThat(failure.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(failure.message())
        .isEqualTo(
            "Anthropic: messages.1.content.0.tool_use.input: Input should be a valid dictionary"
                + " (invalid_request_error)");
    assertThat(failure.retryAfterHint()).as("never retried, so no hint").isEmpty();
  }

  @Test
  void anInternalErrorIsAServerError() {
    UpstreamFailure failure = adapter().failure(response(500, "server-error.response.json", JSON));

    assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(failure.message()).isEqualTo("Anthropic: Internal server error (api_error)");
  }

  @Test
  void aKeyOrHeaderEchoedByTheUpstreamIsRedacted() {
    UpstreamFailure failure =
        failure(
            401,
            "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":"
                + "\"invalid key "
                + API_KEY
                + " sent as x-api-key: "
                + API_KEY
                + " to https://internal-proxy.corp:8443/v1/messages\"}}");

    assertThat(failure.message())
        .doesNotContain(API_KEY)
        .doesNotContain("sk-ant")
        .doesNotContain("internal-proxy")
        .isEqualTo(
            "Anthropic: invalid key [redacted] sent as [redacted] to [redacted]"
                + " (authentication_error)");
  }

  @Test
  void aBodyThatIsNotAnAnthropicErrorIsNotShown() {
    UpstreamFailure failure =
        failure(503, "<html><body>upstream connect error at 10.0.0.7</body></html>");

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.message()).isEqualTo("Anthropic answered HTTP 503.");
  }

  @Test
  void aLongMessageIsCut() {
    UpstreamFailure failure =
        failure(
            400,
            "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\""
                + "x".repeat(2000)
                + "\"}}");

    assertThat(failure.message()).hasSizeLessThan(560).contains("...");
  }

  @ParameterizedTest
  @CsvSource({
    "400, BAD_REQUEST",
    "404, BAD_REQUEST",
    "413, BAD_REQUEST",
    "401, AUTH",
    "403, AUTH",
    "429, RATE_LIMITED",
    "529, UNAVAILABLE",
    "503, UNAVAILABLE",
    "504, UNAVAILABLE",
    "500, SERVER_ERROR",
    "402, SERVER_ERROR"
  })
  void statusesMapToKinds(int status, Kind kind) {
    assertThat(failure(status, "{}").kind()).isEqualTo(kind);
  }
}
