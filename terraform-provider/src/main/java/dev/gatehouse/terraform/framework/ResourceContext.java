package dev.gatehouse.terraform.framework;

import dev.gatehouse.terraform.client.GatehouseClient;

/** What a resource call may use: the configured client, and diagnostics to add warnings to. */
public final class ResourceContext {
  private final GatehouseClient client;
  private final Diagnostics diagnostics;

  public ResourceContext(GatehouseClient client, Diagnostics diagnostics) {
    this.client = client;
    this.diagnostics = diagnostics;
  }

  /** The client of the configured provider. */
  public GatehouseClient client() {
    if (client == null) {
      throw new ProviderNotConfiguredException();
    }
    return client;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Thrown when a resource is used before a successful ConfigureProvider. */
  static final class ProviderNotConfiguredException extends RuntimeException {
    ProviderNotConfiguredException() {
      super("The provider is not configured");
    }
  }
}
