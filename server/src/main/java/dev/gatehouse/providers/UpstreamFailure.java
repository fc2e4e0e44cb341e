package dev.gatehouse.providers;

import java.time.Duration;
import java.util.Optional;

/**
 * What a failed upstream response means for the caller and for retries. {@code message} is safe to
 * show: adapters strip credentials and internal URLs from the provider's text.
 */
public record UpstreamFailure(Kind kind, int upstreamStatus, String message, Duration retryAfter) {

  public enum Kind {
    /** The request was wrong (400, 404, 413, 422): the caller can fix it. Never retried. */
    BAD_REQUEST,
    /** The endpoint's credentials were refused (401, 403). Never retried. */
    AUTH,
    /** The provider's rate limit (429). Retried within bounds, honouring retry-after. */
    RATE_LIMITED,
    /** The provider is overloaded or unavailable (503, Anthropic's 529, 502, 504). Retried. */
    UNAVAILABLE,
    /** Any other failure of the provider (500, ...). */
    SERVER_ERROR;

    public boolean retryable() {
      return this == RATE_LIMITED || this == UNAVAILABLE;
    }
  }

  public Optional<Duration> retryAfterHint() {
    return Optional.ofNullable(retryAfter);
  }
}
