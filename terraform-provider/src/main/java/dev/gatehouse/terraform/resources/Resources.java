package dev.gatehouse.terraform.resources;

import dev.gatehouse.terraform.framework.DataSource;
import dev.gatehouse.terraform.framework.Registry;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.resources.modelserving.ModelServingResource;
import dev.gatehouse.terraform.resources.secretscope.SecretScopeResource;
import java.util.List;

/** The one explicit list of what the provider serves: add a new type here. */
public final class Resources {
  private Resources() {}

  public static List<Resource> resources() {
    return List.of(new SecretScopeResource(), new ModelServingResource());
  }

  public static List<DataSource> dataSources() {
    return List.of();
  }

  public static Registry registry() {
    return new Registry(resources(), dataSources());
  }
}
