package dev.gatehouse.endpoints.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.endpoints.domain.AccessControlRequest;
import dev.gatehouse.endpoints.domain.EndpointPermissions;
import dev.gatehouse.platform.json.RequestBodies;
import dev.gatehouse.schema.Schemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Permissions of serving endpoints, addressed by endpoint id as in Databricks ({@code
 * /api/2.0/permissions/serving-endpoints/{serving_endpoint_id}}).
 */
@Path("api/2.0/permissions/serving-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EndpointPermissionsResource {
  @Inject EndpointPermissions permissions;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  @GET
  @Path("{id}")
  public PermissionViews.ObjectPermissions get(@PathParam("id") String id) {
    return PermissionViews.of(permissions.get(id, caller.get()));
  }

  @PUT
  @Path("{id}")
  public PermissionViews.ObjectPermissions set(@PathParam("id") String id, InputStream body) {
    return PermissionViews.of(permissions.replace(id, read(body), caller.get()));
  }

  @PATCH
  @Path("{id}")
  public PermissionViews.ObjectPermissions update(@PathParam("id") String id, InputStream body) {
    return PermissionViews.of(permissions.update(id, read(body), caller.get()));
  }

  @GET
  @Path("{id}/permissionLevels")
  public PermissionViews.PermissionLevels levels(@PathParam("id") String id) {
    permissions.requireView(id, caller.get());
    return PermissionViews.LEVELS;
  }

  /** Read only once the service has checked the caller, so refused bodies are audited too. */
  private Supplier<AccessControlRequest> read(InputStream body) {
    return () -> bodies.read(body, Schemas.ENDPOINT_PERMISSIONS, AccessControlRequest.class);
  }
}
