package dev.gatehouse.e2e;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * What the Terraform ITs run against: a real Gatehouse with its generated admin token, and one
 * provider process in reattach mode that serves every {@code terraform} command of the class (a JVM
 * per command would make the classes slow). Started in {@code @BeforeAll}, closed in
 * {@code @AfterAll}.
 */
final class TerraformStack implements AutoCloseable {
  private final GatehouseProcess server;
  private final String token;
  private final Api api;
  private final ProviderReattach provider;

  private TerraformStack(GatehouseProcess server, String token, ProviderReattach provider) {
    this.server = server;
    this.token = token;
    this.api = Api.withToken(server.baseUri(), token);
    this.provider = provider;
  }

  /** Gatehouse labelled {@code label} and a provider logging to the default reattach log. */
  static TerraformStack start(String label, Path dataDir) throws Exception {
    return start(label, dataDir, Map.of(), "provider-reattach");
  }

  /** Gatehouse with {@code extraEnv}, and a provider logging to {@code providerLog}. */
  static TerraformStack start(
      String label, Path dataDir, Map<String, String> extraEnv, String providerLog)
      throws Exception {
    TerraformCli.cliConfig();
    GatehouseProcess server = GatehouseProcess.start(label, dataDir, extraEnv);
    try {
      String token = server.generatedAdminToken();
      return new TerraformStack(server, token, ProviderReattach.start(providerLog));
    } catch (Exception | Error e) {
      server.stop();
      throw e;
    }
  }

  GatehouseProcess server() {
    return server;
  }

  String token() {
    return token;
  }

  Api api() {
    return api;
  }

  ProviderReattach provider() {
    return provider;
  }

  /** A {@code terraform} working in {@code dir} whose provider is the reattached one. */
  TerraformCli reattached(Path dir, String label) {
    return new TerraformCli(dir, label).env("TF_REATTACH_PROVIDERS", provider.reattachJson());
  }

  /**
   * The start of a {@code main.tf}: the provider from the local mirror, configured for this server
   * as the admin.
   */
  String providerConfig() {
    return """
        terraform {
          required_providers {
            gatehouse = {
              source = "registry.gatehouse.dev/gatehouse/gatehouse"
            }
          }
        }
        provider "gatehouse" {
          host  = "%s"
          token = "%s"
        }
        """
        .formatted(server.baseUri(), token);
  }

  /** A name no earlier run left behind on the server. */
  static String unique(String prefix) {
    return "tf-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void close() {
    provider.close();
    server.stop();
  }
}
