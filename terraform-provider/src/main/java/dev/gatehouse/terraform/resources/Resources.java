package dev.gatehouse.terraform.resources;

import dev.gatehouse.terraform.framework.DataSource;
import dev.gatehouse.terraform.framework.Registry;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.resources.datasources.CurrentUserDataSource;
import dev.gatehouse.terraform.resources.datasources.ExternalModelsDataSource;
import dev.gatehouse.terraform.resources.datasources.ServingEndpointsDataSource;
import dev.gatehouse.terraform.resources.group.GroupResource;
import dev.gatehouse.terraform.resources.groupmember.GroupMemberResource;
import dev.gatehouse.terraform.resources.modelserving.ModelServingResource;
import dev.gatehouse.terraform.resources.permissions.PermissionsResource;
import dev.gatehouse.terraform.resources.secret.SecretResource;
import dev.gatehouse.terraform.resources.secretacl.SecretAclResource;
import dev.gatehouse.terraform.resources.secretscope.SecretScopeResource;
import dev.gatehouse.terraform.resources.serviceprincipal.ServicePrincipalResource;
import java.util.List;

/** The one explicit list of what the provider serves: add a new type here. */
public final class Resources {
  private Resources() {}

  public static List<Resource> resources() {
    return List.of(
        new ModelServingResource(),
        new SecretScopeResource(),
        new SecretResource(),
        new SecretAclResource(),
        new PermissionsResource(),
        new ServicePrincipalResource(),
        new GroupResource(),
        new GroupMemberResource());
  }

  public static List<DataSource> dataSources() {
    return List.of(
        new ServingEndpointsDataSource(),
        new ExternalModelsDataSource(),
        new CurrentUserDataSource());
  }

  public static Registry registry() {
    return new Registry(resources(), dataSources());
  }
}
