package dev.gatehouse.invocation.domain;

import dev.gatehouse.providers.UpstreamFailure;

/**
 * The provider answered with a failure. Subclasses tell fault-tolerance policies apart: {@link
 * Retryable} may be retried, {@link Rejected} (the request or the credentials) says nothing about
 * the provider's health and never opens a breaker.
 */
public class UpstreamCallException extends RuntimeException {
  private final transient UpstreamFailure failure;

  public UpstreamCallException(UpstreamFailure failure) {
    super(failure.kind() + " (HTTP " + failure.upstreamStatus() + ")", null, false, false);
    this.failure = failure;
  }

  public UpstreamFailure failure() {
    return failure;
  }

  /** A failure worth retrying: rate limited or unavailable, with a wait within bounds. */
  public static class Retryable extends UpstreamCallException {
    public Retryable(UpstreamFailure failure) {
      super(failure);
    }
  }

  /** The provider refused the request or the credentials: the caller or owner must act. */
  public static class Rejected extends UpstreamCallException {
    public Rejected(UpstreamFailure failure) {
      super(failure);
    }
  }
}
