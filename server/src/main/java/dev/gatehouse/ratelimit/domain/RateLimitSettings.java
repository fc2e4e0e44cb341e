package dev.gatehouse.ratelimit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of rate-limit enforcement (docs/configuration.md, docs/rate-limits.md). */
@ApplicationScoped
public class RateLimitSettings {
  @Inject
  @ConfigProperty(name = "gatehouse.rate-limits.token-mode", defaultValue = "charge-on-completion")
  String tokenMode;

  @Inject
  @ConfigProperty(name = "gatehouse.rate-limits.default-max-tokens", defaultValue = "4096")
  long defaultMaxTokens;

  @Inject
  @ConfigProperty(name = "gatehouse.rate-limits.bucket-idle-seconds", defaultValue = "300")
  long bucketIdleSeconds;

  /** A mistyped mode stops the deployment, rather than failing every call on a limited endpoint. */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    tokenMode();
  }

  public TokenMode tokenMode() {
    return TokenMode.of(tokenMode);
  }

  /** The completion tokens reserved for a call without {@code max_tokens}, in reserve mode. */
  public long defaultMaxTokens() {
    return defaultMaxTokens;
  }

  /** How long a full bucket may go unused before it is dropped from memory. */
  public long bucketIdleSeconds() {
    return bucketIdleSeconds;
  }
}
