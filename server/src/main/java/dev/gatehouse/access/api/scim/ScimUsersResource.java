package dev.gatehouse.access.api.scim;

import dev.gatehouse.platform.json.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/** SCIM users: {@code filter=userName eq "..."} or {@code displayName eq "..."}. */
@Path(Scim.PATH + "Users")
@Produces({MediaType.APPLICATION_JSON, Scim.MEDIA_TYPE})
@RequestScoped
public class ScimUsersResource {
  private static final PrincipalType TYPE = PrincipalType.USERS;

  @Inject ScimPrincipals principals;

  @POST
  public Response create(@Context UriInfo uri, InputStream body) {
    return principals.create(TYPE, uri, body);
  }

  @GET
  public ScimViews.ListResponse list(
      @Context UriInfo uri,
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") String startIndex,
      @QueryParam("count") String count) {
    return principals.list(TYPE, uri, filter, startIndex, count);
  }

  @GET
  @Path("{id}")
  public JsonBody get(@Context UriInfo uri, @PathParam("id") String id) {
    return principals.get(TYPE, uri, id);
  }

  @PUT
  @Path("{id}")
  public JsonBody replace(@Context UriInfo uri, @PathParam("id") String id, InputStream body) {
    return principals.replace(TYPE, uri, id, body);
  }

  @PATCH
  @Path("{id}")
  public JsonBody patch(@Context UriInfo uri, @PathParam("id") String id, InputStream body) {
    return principals.patch(TYPE, uri, id, body);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    return principals.delete(TYPE, id);
  }
}
