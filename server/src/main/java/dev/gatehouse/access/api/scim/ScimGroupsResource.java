package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.access.domain.GroupDetails;
import dev.gatehouse.access.domain.IdentityAdministration;
import dev.gatehouse.access.domain.IdentityFilter;
import dev.gatehouse.access.domain.IdentityNotFoundException;
import dev.gatehouse.access.domain.IdentityPage;
import dev.gatehouse.access.domain.IdentityQueries;
import dev.gatehouse.platform.json.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/**
 * SCIM groups: {@code filter=displayName eq "..."}; membership changes through PATCH. Anyone
 * authenticated may read; changes are for admins.
 */
@Path(Scim.PATH + "Groups")
@Produces({MediaType.APPLICATION_JSON, Scim.MEDIA_TYPE})
@RequestScoped
public class ScimGroupsResource {
  private static final Map<String, IdentityFilter.Field> FILTERS =
      Map.of("displayName", IdentityFilter.Field.DISPLAY_NAME);

  @Inject IdentityAdministration administration;
  @Inject IdentityQueries queries;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  @POST
  public Response create(@Context UriInfo uri, InputStream body) {
    ScimRequests.NewGroup request = ScimRequests.newGroup(bodies.readObject(body));
    GroupDetails created =
        administration.createGroup(request.displayName(), request.members(), caller.get());
    return ScimResponses.created(
        ScimViews.group(created, ScimResponses.scimBase(uri)), created.group().id(), uri);
  }

  @GET
  public ScimViews.ListResponse list(
      @Context UriInfo uri,
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") String startIndex,
      @QueryParam("count") String count) {
    ScimPaging paging = ScimPaging.of(startIndex, count);
    IdentityPage<GroupDetails> page =
        queries.groups(ScimFilter.parse(filter, FILTERS), paging.offset(), paging.count());
    URI base = ScimResponses.scimBase(uri);
    return ScimViews.ListResponse.of(
        page.total(),
        paging.startIndex(),
        page.items().stream().map(g -> ScimViews.group(g, base)).toList());
  }

  @GET
  @Path("{id}")
  public ScimViews.Group get(@Context UriInfo uri, @PathParam("id") String id) {
    return ScimViews.group(queries.group(id(id)), ScimResponses.scimBase(uri));
  }

  @PATCH
  @Path("{id}")
  public ScimViews.Group patch(@Context UriInfo uri, @PathParam("id") String id, InputStream body) {
    long groupId = id(id);
    GroupDetails patched =
        administration.patchGroup(
            groupId, ScimPatch.groupChanges(bodies.readObject(body)), caller.get());
    return ScimViews.group(patched, ScimResponses.scimBase(uri));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    administration.deleteGroup(id(id), caller.get());
    return Response.noContent().build();
  }

  private static long id(String raw) {
    return ScimResponses.id(raw, () -> new IdentityNotFoundException("Group", raw));
  }
}
