package dev.gatehouse.invocation.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.providers.UpstreamFailure;
import java.time.Duration;

/** The one place an upstream failure becomes what the caller sees. */
public final class ClientFailures {
  /** What a 429 says when the provider named no wait. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private ClientFailures() {}

  public static InvocationFailedException of(UpstreamFailure failure) {
    int status = failure.upstreamStatus();
    return switch (failure.kind()) {
      case BAD_REQUEST ->
          new InvocationFailedException(
              ErrorCode.INVALID_PARAMETER_VALUE,
              "The provider rejected the request (HTTP " + status + "): " + failure.message(),
              null);
      case AUTH ->
          new InvocationFailedException(
              ErrorCode.UPSTREAM_AUTH_FAILED,
              "The provider refused the endpoint's credentials (HTTP "
                  + status
                  + "); the endpoint's owner must fix them.",
              null);
      case RATE_LIMITED ->
          new InvocationFailedException(
              ErrorCode.REQUEST_LIMIT_EXCEEDED,
              "The provider's rate limit was exceeded: " + failure.message(),
              failure.retryAfterHint().orElse(DEFAULT_RETRY_AFTER));
      case UNAVAILABLE, SERVER_ERROR ->
          new InvocationFailedException(
              ErrorCode.UPSTREAM_ERROR,
              "The provider failed (HTTP " + status + "): " + failure.message(),
              null);
    };
  }

  public static InvocationFailedException timeout() {
    return new InvocationFailedException(
        ErrorCode.UPSTREAM_TIMEOUT, "The provider did not answer in time.", null);
  }

  public static InvocationFailedException unreachable(String why) {
    return new InvocationFailedException(
        ErrorCode.UPSTREAM_ERROR, "The provider could not be reached: " + why, null);
  }

  /** A 2xx answer the adapter could not turn into an OpenAI one (malformed, or an error inside). */
  public static InvocationFailedException unusableAnswer(String why) {
    return new InvocationFailedException(
        ErrorCode.UPSTREAM_ERROR, "The provider's answer could not be used: " + why, null);
  }

  public static InvocationFailedException unavailable(String why, Duration retryAfter) {
    return new InvocationFailedException(
        ErrorCode.TEMPORARILY_UNAVAILABLE, why + " Retry later.", retryAfter);
  }
}
