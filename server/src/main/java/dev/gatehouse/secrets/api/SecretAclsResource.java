package dev.gatehouse.secrets.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.RequestBodies;
import dev.gatehouse.schema.Schemas;
import dev.gatehouse.secrets.domain.AclPermission;
import dev.gatehouse.secrets.domain.ScopeName;
import dev.gatehouse.secrets.domain.SecretQueries;
import dev.gatehouse.secrets.domain.SecretService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** Access control lists of secret scopes, in the paths and shapes of the Databricks API. */
@Path("api/2.0/secrets/acls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SecretAclsResource {
  @Inject SecretService secrets;
  @Inject SecretQueries queries;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  record PutAcl(String scope, String principal, AclPermission permission) {}

  record AclRef(String scope, String principal) {}

  @POST
  @Path("put")
  public SecretViews.Empty put(InputStream body) {
    PutAcl request = bodies.read(body, Schemas.SECRET_ACL_PUT, PutAcl.class);
    secrets.putAcl(
        new ScopeName(request.scope()), request.principal(), request.permission(), caller.get());
    return new SecretViews.Empty();
  }

  @GET
  @Path("get")
  public SecretViews.AclItem get(
      @QueryParam("scope") String scope, @QueryParam("principal") String principal) {
    return SecretViews.AclItem.of(
        queries.acl(new ScopeName(scope), required(principal), caller.get()));
  }

  @GET
  @Path("list")
  public SecretViews.AclList list(@QueryParam("scope") String scope) {
    return new SecretViews.AclList(
        queries.acls(new ScopeName(scope), caller.get()).stream()
            .map(SecretViews.AclItem::of)
            .toList());
  }

  @POST
  @Path("delete")
  public SecretViews.Empty delete(InputStream body) {
    AclRef request = bodies.read(body, Schemas.SECRET_ACL_DELETE, AclRef.class);
    secrets.deleteAcl(new ScopeName(request.scope()), request.principal(), caller.get());
    return new SecretViews.Empty();
  }

  private static String required(String principal) {
    if (principal == null || principal.isBlank()) {
      throw new InvalidParameterException("principal is required.");
    }
    return principal;
  }
}
