package dev.gatehouse.providers.bedrock;

import static dev.gatehouse.providers.bedrock.BedrockFixtures.adapter;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BedrockFailureTest {

  private static UpstreamFailure failure(int status, String file, String errorType) {
    Map<String, List<String>> headers =
        Map.of(
            "Content-Type", List.of("application/json"),
            "x-amzn-ErrorType", List.of(errorType),
            "x-amzn-RequestId", List.of("5e1f0e5a-0000-4000-8000-000000000001"));
    return adapter().failure(response(status, file, headers));
  }

  @Test
  void throttlingIsRateLimitedAndRetriedWithoutAHint() {
    UpstreamFailure failure =
        failure(
            429,
            "throttling.429.json",
            "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/");

    assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(failure.kind().retryable()).isTrue();
    assertThat(failure.retryAfterHint()).isEmpty();
    assertThat(failure.upstreamStatus()).isEqualTo(429);
    assertThat(failure.message())
        .isEqualTo(
            "Amazon Bedrock ThrottlingException: Too many requests, please wait before trying"
                + " again.");
  }

  @Test
  void accessDeniedIsAnAuthFailure() {
    UpstreamFailure failure =
        failure(
            403,
            "access-denied.403.json",
            "AccessDeniedException:http://internal.amazon.com/coral/com.amazon.bedrock/");

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.message())
        .isEqualTo(
            "Amazon Bedrock AccessDeniedException: You don't have access to the model with the"
                + " specified model ID.");
  }

  @Test
  void anUnrecognizedClientSaysSoThroughItsCapitalizedMessage() {
    UpstreamFailure failure =
        failure(403, "unrecognized-client.403.json", "UnrecognizedClientException");

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.message())
        .isEqualTo(
            "Amazon Bedrock UnrecognizedClientException: The security token included in the"
                + " request is invalid.");
  }

  @Test
  void aValidationExceptionIsTheCallersBadRequest() {
    UpstreamFailure failure =
        failure(
            400,
            "validation.400.json",
            "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/");

    assertThat(failure.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(failure.message()).startsWith("Amazon Bedrock ValidationException: The model");
  }

  @Test
  void serviceUnavailableIsRetried() {
    UpstreamFailure failure = failure(503, "unavailable.503.json", "ServiceUnavailableException");

    assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(failure.kind().retryable()).isTrue();
    assertThat(failure.retryAfterHint()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "400, ValidationException, BAD_REQUEST",
    "404, ResourceNotFoundException, BAD_REQUEST",
    "403, InvalidSignatureException, AUTH",
    "403, ExpiredTokenException, AUTH",
    "408, ModelTimeoutException, SERVER_ERROR",
    "424, ModelErrorException, SERVER_ERROR",
    "429, ModelNotReadyException, RATE_LIMITED",
    "500, InternalServerException, UNAVAILABLE",
    "503, ServiceUnavailableException, UNAVAILABLE"
  })
  void statusesAndExceptionsClassify(int status, String exception, Kind kind) {
    assertThat(failure(status, "validation.400.json", exception).kind()).isEqualTo(kind);
  }

  @Test
  void aBodyThatIsNotJsonIsNotShownAndUrlsAreCut() {
    UpstreamFailure html =
        adapter()
            .failure(
                new UpstreamResponse(
                    502, Map.of(), "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(html.message()).isEqualTo("Amazon Bedrock answered HTTP 502.");

    UpstreamFailure withUrl =
        adapter()
            .failure(
                new UpstreamResponse(
                    400,
                    Map.of("x-amzn-ErrorType", List.of("ValidationException")),
                    "{\"message\":\"see https://internal.example/x?k=1\"}"
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(withUrl.message()).isEqualTo("Amazon Bedrock ValidationException: see [url]");
  }
}
