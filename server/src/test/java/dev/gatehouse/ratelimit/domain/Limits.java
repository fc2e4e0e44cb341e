package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.AiGatewayConfig.AiGatewayRateLimit;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import dev.gatehouse.ratelimit.infrastructure.LocalBucketStore;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builders for limits, callers and limiters in tests. */
final class Limits {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private Limits() {}

  static AiGatewayRateLimit calls(long calls, String key, String principal) {
    return new AiGatewayRateLimit(calls, null, key, principal, "minute");
  }

  static AiGatewayRateLimit tokens(long tokens, String key, String principal) {
    return new AiGatewayRateLimit(null, tokens, key, principal, "minute");
  }

  static AiGatewayRateLimit both(long calls, long tokens, String key, String principal) {
    return new AiGatewayRateLimit(calls, tokens, key, principal, "minute");
  }

  static AiGatewayConfig gateway(AiGatewayRateLimit... limits) {
    return new AiGatewayConfig(null, null, List.of(limits), null, null);
  }

  static Caller user(long id, String name, String... groups) {
    return new Caller(id, PrincipalKind.USER, name, false, Set.of(groups));
  }

  static Caller servicePrincipal(long id, String applicationId, String... groups) {
    return new Caller(id, PrincipalKind.SERVICE_PRINCIPAL, applicationId, false, Set.of(groups));
  }

  static RateLimiter limiter(Clock clock, TokenMode mode) {
    RateLimitSettings settings = new RateLimitSettings();
    settings.tokenMode = mode.wire();
    settings.defaultMaxTokens = 4096;
    settings.bucketIdleSeconds = 300;
    return new RateLimiter(new LocalBucketStore(clock, 300), clock, settings);
  }

  static LimitedCall call(AiGatewayConfig gateway, Caller caller) {
    return call(gateway, List.of(), caller, null);
  }

  static LimitedCall call(
      AiGatewayConfig gateway, List<LegacyRateLimit> legacy, Caller caller, JsonNode body) {
    return new LimitedCall("ep-1", "chat", gateway, legacy, caller, body);
  }

  static JsonNode body(String json) {
    return JSON.readTree(json);
  }
}
