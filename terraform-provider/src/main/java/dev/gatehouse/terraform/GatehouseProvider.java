package dev.gatehouse.terraform;

import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.protocol.CdsTraining;
import dev.gatehouse.terraform.protocol.PluginServer;
import dev.gatehouse.terraform.resources.Resources;

/** The executable: the Gatehouse provider, served as a Terraform plugin. */
public final class GatehouseProvider {
  /** What users write in {@code required_providers}. */
  public static final String SOURCE_ADDRESS = "registry.gatehouse.dev/gatehouse/gatehouse";

  private GatehouseProvider() {}

  public static void main(String[] args) throws Exception {
    ProviderCore core = new ProviderCore(Resources.registry(), System.getenv());
    if (args.length > 0 && args[0].equals("--cds-training")) {
      CdsTraining.run(core);
      System.exit(0);
    }
    PluginServer.serve(core, SOURCE_ADDRESS, args, System.getenv());
  }
}
