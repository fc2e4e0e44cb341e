package dev.gatehouse.ratelimit.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.AiGatewayConfig.AiGatewayRateLimit;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of an endpoint's limits apply to a caller, by Databricks' precedence: an {@code endpoint}
 * limit caps everyone; for the caller itself, a limit naming it ({@code user} with its user name,
 * or {@code service_principal} with its application id) wins over its groups' limits, and either
 * wins over the per-user default ({@code user} without principal). Legacy {@code rate_limits} are a
 * separate, older mechanism and apply on top.
 *
 * <p>The result is ordered from the caller's own limits to the shared ones, so that a caller over
 * its own limit is refused before it holds a unit of a bucket everyone shares.
 */
public final class LimitPolicy {
  private LimitPolicy() {}

  public static List<Requirement> resolve(
      AiGatewayConfig gateway, List<LegacyRateLimit> legacy, Caller caller) {
    List<AiGatewayRateLimit> limits =
        gateway == null || gateway.rateLimits() == null ? List.of() : gateway.rateLimits();
    List<Requirement> out = new ArrayList<>();
    ownTier(limits, caller).ifPresent(out::add);
    List<Requirement> shared = new ArrayList<>();
    for (AiGatewayRateLimit limit : limits) {
      if (key(limit.key()).equals("endpoint")) {
        shared.add(
            Requirement.of(
                new Budget(
                    Budget.GATEWAY,
                    "endpoint",
                    null,
                    Budget.SHARED,
                    limit.calls(),
                    limit.tokens())));
      }
    }
    for (LegacyRateLimit limit : legacy) {
      String key = key(limit.key());
      Budget budget =
          new Budget(
              Budget.LEGACY,
              key,
              null,
              key.equals("user") ? holder(caller) : Budget.SHARED,
              limit.calls(),
              null);
      (key.equals("user") ? out : shared).add(Requirement.of(budget));
    }
    out.addAll(shared);
    return out;
  }

  private static Optional<Requirement> ownTier(List<AiGatewayRateLimit> limits, Caller caller) {
    String namedKey = caller.kind() == PrincipalKind.USER ? "user" : "service_principal";
    List<Budget> groups = new ArrayList<>();
    Budget perUserDefault = null;
    for (AiGatewayRateLimit limit : limits) {
      String key = key(limit.key());
      String principal = limit.principal();
      if (key.equals(namedKey) && principal != null && names(caller, principal)) {
        return Optional.of(
            Requirement.of(
                new Budget(
                    Budget.GATEWAY,
                    key,
                    principal,
                    holder(caller),
                    limit.calls(),
                    limit.tokens())));
      }
      if (key.equals("user_group") && principal != null && caller.inGroup(principal)) {
        groups.add(
            new Budget(
                Budget.GATEWAY, key, principal, Budget.SHARED, limit.calls(), limit.tokens()));
      }
      if (key.equals("user") && principal == null) {
        perUserDefault =
            new Budget(Budget.GATEWAY, key, null, holder(caller), limit.calls(), limit.tokens());
      }
    }
    if (!groups.isEmpty()) {
      return Optional.of(new Requirement(groups));
    }
    return Optional.ofNullable(perUserDefault).map(Requirement::of);
  }

  /** User names are e-mail addresses, which Databricks compares without regard to case. */
  private static boolean names(Caller caller, String principal) {
    return caller.kind() == PrincipalKind.USER
        ? caller.userName().equalsIgnoreCase(principal)
        : caller.userName().equals(principal);
  }

  private static String holder(Caller caller) {
    return "principal:" + caller.principalId();
  }

  private static String key(String key) {
    return key == null ? "endpoint" : key;
  }
}
