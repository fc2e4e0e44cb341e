package dev.gatehouse.providers.vertex;

import static dev.gatehouse.providers.vertex.VertexFixtures.JSON;
import static dev.gatehouse.providers.vertex.VertexFixtures.adapter;
import static dev.gatehouse.providers.vertex.VertexFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VertexFailureTest {

  private static UpstreamFailure failure(int status, String body) {
    return Fixtures.failure(adapter(), status, JSON, body);
  }

  @ParameterizedTest
  @CsvSource({
    "400, bad-request.response.json, BAD_REQUEST",
    "404, bad-request.response.json, BAD_REQUEST",
    "401, auth.response.json, AUTH",
    "403, auth.response.json, AUTH",
    "429, rate-limit.response.json, RATE_LIMITED",
    "503, unavailable.response.json, UNAVAILABLE",
    "500, unavailable.response.json, UNAVAILABLE",
    "504, unavailable.response.json, UNAVAILABLE",
    "501, unavailable.response.json, SERVER_ERROR"
  })
  void statusesMapToFailureKinds(int status, String fixture, Kind kind) {
    UpstreamFailure failure = adapter().failure(response(status, fixture));

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.upstreamStatus()).isEqualTo(status);
    assertThat(failure.message()).startsWith("Vertex AI: ");
  }

  @Test
  void aRateLimitWaitsAsLongAsRetryInfoSaysWithTheUrlCutOut() {
    UpstreamFailure failure = adapter().failure(response(429, "rate-limit.response.json"));

    assertThat(failure.kind().retryable()).isTrue();
    assertThat(failure.retryAfterHint()).contains(Duration.ofSeconds(12));
    assertThat(failure.message())
        .isEqualTo(
            "Vertex AI: Resource exhausted. Please try again later. Please refer to [url] for more"
                + " details. (RESOURCE_EXHAUSTED)");
  }

  @Test
  void refusedCredentialsAreNotRetried() {
    UpstreamFailure failure = adapter().failure(response(401, "auth.response.json"));

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.kind().retryable()).isFalse();
    assertThat(failure.retryAfterHint()).isEmpty();
    assertThat(failure.message()).endsWith("(UNAUTHENTICATED)").doesNotContain("https://");
  }

  @Test
  void aBadRequestCarriesGooglesExplanation() {
    UpstreamFailure failure = adapter().failure(response(400, "bad-request.response.json"));

    assertThat(failure.message())
        .isEqualTo(
            "Vertex AI: Unable to submit request because it has a maxOutputTokens value of 900000"
                + " but the supported range is from 1 (inclusive) to 65537 (exclusive). Update the"
                + " value and try again. (INVALID_ARGUMENT)");
  }

  @Test
  void anOverloadIsRetryableAndFractionalRetryDelaysCount() {
    UpstreamFailure overload = adapter().failure(response(503, "unavailable.response.json"));
    UpstreamFailure brief =
        failure(
            429,
            "{\"error\":{\"code\":429,\"message\":\"Quota\",\"status\":\"RESOURCE_EXHAUSTED\","
                + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\","
                + "\"retryDelay\":\"0.5s\"}]}}");

    assertThat(overload.kind().retryable()).isTrue();
    assertThat(overload.message())
        .isEqualTo("Vertex AI: The model is overloaded. Please try again later. (UNAVAILABLE)");
    assertThat(brief.retryAfterHint()).contains(Duration.ofMillis(500));
  }

  @Test
  void anEchoedTokenNeverReachesTheCaller() {
    UpstreamFailure failure =
        failure(
            401,
            "{\"error\":{\"code\":401,\"message\":\"bad header Authorization: Bearer"
                + " ya29.secret-token\",\"status\":\"UNAUTHENTICATED\"}}");

    assertThat(failure.message()).doesNotContain("ya29.secret-token");
  }

  @Test
  void aBodyThatIsNotJsonGivesOnlyTheStatus() {
    UpstreamFailure failure =
        adapter()
            .failure(
                new UpstreamResponse(
                    502,
                    Map.of("content-type", List.of("text/html")),
                    "<html>https://internal.proxy</html>".getBytes(StandardCharsets.UTF_8)));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.message()).isEqualTo("Vertex AI answered HTTP 502.");
  }
}
