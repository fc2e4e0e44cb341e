package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.both;
import static dev.gatehouse.ratelimit.domain.Limits.calls;
import static dev.gatehouse.ratelimit.domain.Limits.gateway;
import static dev.gatehouse.ratelimit.domain.Limits.servicePrincipal;
import static dev.gatehouse.ratelimit.domain.Limits.tokens;
import static dev.gatehouse.ratelimit.domain.Limits.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitPolicyTest {
  private static final AiGatewayConfig ALL_TIERS =
      gateway(
          calls(1000, "endpoint", null),
          calls(100, "user", null),
          calls(50, "user_group", "data-eng"),
          calls(40, "user_group", "analysts"),
          calls(10, "user", "alice@example.com"),
          calls(20, "service_principal", "app-123"));

  private static List<List<String>> resolve(
      AiGatewayConfig gateway, dev.gatehouse.access.domain.Caller caller) {
    return resolve(gateway, List.of(), caller);
  }

  private static List<List<String>> resolve(
      AiGatewayConfig gateway,
      List<LegacyRateLimit> legacy,
      dev.gatehouse.access.domain.Caller caller) {
    return LimitPolicy.resolve(gateway, legacy, caller).stream()
        .map(r -> r.budgets().stream().map(b -> b.values() + " (" + b.describe() + ")").toList())
        .toList();
  }

  @Test
  void absentLimitsMeanUnlimited() {
    assertThat(LimitPolicy.resolve(null, List.of(), user(1, "bob@example.com"))).isEmpty();
    assertThat(
            LimitPolicy.resolve(
                new AiGatewayConfig(null, null, null, null, null),
                List.of(),
                user(1, "bob@example.com")))
        .isEmpty();
  }

  @Test
  void theEndpointLimitCapsEveryoneAndComesLast() {
    assertThat(resolve(ALL_TIERS, user(7, "zed@example.com")))
        .containsExactly(
            List.of("100 calls per minute (key 'user', the per-user default)"),
            List.of("1000 calls per minute (key 'endpoint')"));
  }

  @Test
  void theDefaultIsPerUserAndTheEndpointLimitShared() {
    List<Requirement> bob = LimitPolicy.resolve(ALL_TIERS, List.of(), user(7, "bob@x"));
    List<Requirement> carol = LimitPolicy.resolve(ALL_TIERS, List.of(), user(8, "carol@x"));
    assertThat(bob.get(0).budgets().get(0).holder()).isEqualTo("principal:7");
    assertThat(carol.get(0).budgets().get(0).holder()).isEqualTo("principal:8");
    assertThat(bob.get(1).budgets().get(0).holder()).isEqualTo(Budget.SHARED);
  }

  @Test
  void aLimitNamingTheUserOverridesItsGroupsAndTheDefault() {
    assertThat(resolve(ALL_TIERS, user(1, "Alice@Example.com", "data-eng")))
        .containsExactly(
            List.of("10 calls per minute (key 'user', principal 'alice@example.com')"),
            List.of("1000 calls per minute (key 'endpoint')"));
  }

  @Test
  void aLimitNamingTheServicePrincipalOverridesItsGroupsAndTheDefault() {
    assertThat(resolve(ALL_TIERS, servicePrincipal(2, "app-123", "data-eng")))
        .containsExactly(
            List.of("20 calls per minute (key 'service_principal', principal 'app-123')"),
            List.of("1000 calls per minute (key 'endpoint')"));
  }

  @Test
  void aGroupLimitOverridesTheDefaultAndIsShared() {
    List<Requirement> resolved =
        LimitPolicy.resolve(ALL_TIERS, List.of(), user(3, "dan@example.com", "data-eng"));
    assertThat(resolved.get(0).budgets())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.describe()).isEqualTo("key 'user_group', principal 'data-eng'");
              assertThat(b.holder()).isEqualTo(Budget.SHARED);
            });
  }

  @Test
  void aMemberOfSeveralLimitedGroupsHasOneRequirementWithAnAlternativePerGroup() {
    assertThat(resolve(ALL_TIERS, user(4, "erin@example.com", "data-eng", "analysts", "other")))
        .containsExactly(
            List.of(
                "50 calls per minute (key 'user_group', principal 'data-eng')",
                "40 calls per minute (key 'user_group', principal 'analysts')"),
            List.of("1000 calls per minute (key 'endpoint')"));
  }

  @Test
  void callsAndTokensOfOneLimitTravelTogether() {
    assertThat(resolve(gateway(both(5, 500, "user", null)), user(1, "bob@x")))
        .containsExactly(
            List.of(
                "5 calls per minute and 500 tokens per minute (key 'user', the per-user default)"));
    assertThat(resolve(gateway(tokens(500, "endpoint", null)), user(1, "bob@x")))
        .containsExactly(List.of("500 tokens per minute (key 'endpoint')"));
  }

  @Test
  void zeroDisablesButOnlyWhenEveryAlternativeIsZero() {
    AiGatewayConfig groups =
        gateway(calls(0, "user_group", "blocked"), calls(10, "user_group", "open"));
    assertThat(LimitPolicy.resolve(groups, List.of(), user(1, "a@x", "blocked")).get(0).disabled())
        .isTrue();
    assertThat(
            LimitPolicy.resolve(groups, List.of(), user(1, "a@x", "blocked", "open"))
                .get(0)
                .disabled())
        .isFalse();
    assertThat(
            LimitPolicy.resolve(gateway(tokens(0, "endpoint", null)), List.of(), user(1, "a@x"))
                .get(0)
                .disabled())
        .isTrue();
  }

  @Test
  void legacyLimitsApplyOnTopOfTheGatewayOnes() {
    List<LegacyRateLimit> legacy =
        List.of(
            new LegacyRateLimit(30L, "user", "minute"), new LegacyRateLimit(300L, null, "minute"));
    assertThat(resolve(gateway(calls(1000, "endpoint", null)), legacy, user(1, "bob@x")))
        .containsExactly(
            List.of("30 calls per minute (legacy rate_limits, key 'user', the per-user default)"),
            List.of("1000 calls per minute (key 'endpoint')"),
            List.of("300 calls per minute (legacy rate_limits, key 'endpoint')"));
  }

  @Test
  void aChangedValueIsANewBucket() {
    Budget hundred = new Budget(Budget.GATEWAY, "user", null, "principal:1", 100L, null);
    Budget fifty = new Budget(Budget.GATEWAY, "user", null, "principal:1", 50L, null);
    assertThat(hundred.bucketKey("ep", "calls", 100))
        .isNotEqualTo(fifty.bucketKey("ep", "calls", 50))
        .isNotEqualTo(hundred.bucketKey("ep-2", "calls", 100));
  }
}
