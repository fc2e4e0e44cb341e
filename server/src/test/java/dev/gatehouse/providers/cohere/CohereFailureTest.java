package dev.gatehouse.providers.cohere;

import static dev.gatehouse.providers.cohere.CohereFixtures.API_KEY;
import static dev.gatehouse.providers.cohere.CohereFixtures.adapter;
import static dev.gatehouse.providers.cohere.CohereFixtures.response;
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

class CohereFailureTest {
  private static final Map<String, List<String>> JSON =
      Map.of("content-type", List.of("application/json"));

  private static UpstreamFailure failure(int status, String body) {
    return Fixtures.failure(adapter(), status, JSON, body);
  }

  @ParameterizedTest
  @CsvSource({
    "400, bad-request.response.json, BAD_REQUEST",
    "404, bad-request.response.json, BAD_REQUEST",
    "422, bad-request.response.json, BAD_REQUEST",
    "401, auth.response.json, AUTH",
    "498, auth.response.json, AUTH",
    "429, rate-limit.response.json, RATE_LIMITED",
    "503, unavailable.response.json, UNAVAILABLE",
    "500, server-error.response.json, SERVER_ERROR",
    "501, server-error.response.json, SERVER_ERROR",
    "504, server-error.response.json, SERVER_ERROR"
  })
  void statusesMapToFailureKinds(int status, String fixture, Kind kind) {
    UpstreamFailure failure = adapter().failure(response(status, fixture, JSON));

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.upstreamStatus()).isEqualTo(status);
    assertThat(failure.message()).startsWith("Cohere: ");
  }

  @Test
  void aBadRequestCarriesCoheresMessage() {
    UpstreamFailure failure = adapter().failure(response(400, "bad-request.response.json", JSON));

    assertThat(failure.message())
        .isEqualTo(
            "Cohere: invalid request: message must be at least 1 token long or tool results must"
                + " be specified.");
    assertThat(failure.kind().retryable()).isFalse();
  }

  @Test
  void aRateLimitIsRetryableWithUrlsCutOutAndNoHint() {
    UpstreamFailure failure = adapter().failure(response(429, "rate-limit.response.json", JSON));

    assertThat(failure.kind().retryable()).isTrue();
    assertThat(failure.retryAfterHint()).isEmpty();
    assertThat(failure.message()).doesNotContain("https://").contains("[redacted]");
  }

  @Test
  void aRetryAfterIsHonouredIfCohereSendsOne() {
    UpstreamFailure failure =
        adapter()
            .failure(
                response(
                    503,
                    "unavailable.response.json",
                    Map.of(
                        "Retry-After", List.of("3"), "content-type", List.of("application/json"))));

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.retryAfterHint()).contains(Duration.ofSeconds(3));
  }

  @Test
  void anEchoedKeyNeverReachesTheCaller() {
    UpstreamFailure failure =
        failure(
            401,
            "{\"id\":\"x\",\"message\":\"invalid api token: Authorization: Bearer "
                + API_KEY
                + " and key "
                + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd\"}");

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.message()).doesNotContain(API_KEY).doesNotContain("AbCdEfGhIj");
  }

  @Test
  void aBodyThatIsNotJsonGivesOnlyTheStatus() {
    UpstreamFailure failure = failure(502, "<html>Bad gateway from https://internal.proxy</html>");

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.message()).isEqualTo("Cohere answered HTTP 502.");
  }

  @Test
  void aLongMessageIsBounded() {
    UpstreamFailure failure = failure(400, "{\"message\":\"" + "x ".repeat(400) + "\"}");

    assertThat(failure.message()).endsWith("...").hasSizeLessThan(520);
  }
}
