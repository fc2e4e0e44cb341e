package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of identities and API tokens. */
@ApplicationScoped
public class IdentitySettings {
  @Inject
  @ConfigProperty(name = "gatehouse.tokens.default-lifetime-seconds", defaultValue = "7776000")
  long defaultLifetimeSeconds;

  @Inject
  @ConfigProperty(name = "gatehouse.tokens.max-lifetime-seconds", defaultValue = "31536000")
  long maxLifetimeSeconds;

  @Inject
  @ConfigProperty(name = "gatehouse.org-id", defaultValue = "1000000000000001")
  long orgId;

  public TokenLifetimes tokenLifetimes() {
    return new TokenLifetimes(defaultLifetimeSeconds, maxLifetimeSeconds);
  }

  /**
   * The numeric workspace id clients read from {@code X-Databricks-Org-Id} (the Databricks
   * Terraform provider does, after every create and read); it must never change.
   */
  public String orgId() {
    if (orgId < 1) {
      throw new IllegalStateException("gatehouse.org-id must be a positive number");
    }
    return Long.toString(orgId);
  }
}
