package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.access.domain.IdentityAdministration;
import dev.gatehouse.access.domain.IdentityNotFoundException;
import dev.gatehouse.access.domain.IdentityPage;
import dev.gatehouse.access.domain.IdentityQueries;
import dev.gatehouse.access.domain.NewPrincipal;
import dev.gatehouse.access.domain.PrincipalChange;
import dev.gatehouse.access.domain.PrincipalDetails;
import dev.gatehouse.platform.json.JsonBody;
import dev.gatehouse.platform.json.RequestBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * The SCIM routes users and service principals share, for {@link ScimUsersResource} and {@link
 * ScimServicePrincipalsResource}. Anyone authenticated may read; changes are for admins (checked by
 * {@link IdentityAdministration}).
 */
@ApplicationScoped
public class ScimPrincipals {
  @Inject IdentityAdministration administration;
  @Inject IdentityQueries queries;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  public Response create(PrincipalType type, UriInfo uri, InputStream body) {
    NewPrincipal request = type.create().apply(bodies.readObject(body));
    PrincipalDetails created = administration.createPrincipal(type.kind(), request, caller.get());
    return ScimResponses.created(
        type.view().apply(created, ScimResponses.scimBase(uri)), created.principal().id(), uri);
  }

  public ScimViews.ListResponse list(
      PrincipalType type, UriInfo uri, String filter, String startIndex, String count) {
    ScimPaging paging = ScimPaging.of(startIndex, count);
    IdentityPage<PrincipalDetails> page =
        queries.principals(
            type.kind(), ScimFilter.parse(filter, type.filters()), paging.offset(), paging.count());
    URI base = ScimResponses.scimBase(uri);
    return ScimViews.ListResponse.of(
        page.total(),
        paging.startIndex(),
        page.items().stream().map(d -> type.view().apply(d, base)).toList());
  }

  public JsonBody get(PrincipalType type, UriInfo uri, String id) {
    return type.view()
        .apply(queries.principal(type.kind(), id(type, id)), ScimResponses.scimBase(uri));
  }

  public JsonBody replace(PrincipalType type, UriInfo uri, String id, InputStream body) {
    long principalId = id(type, id);
    return change(type, uri, principalId, type.replace().apply(bodies.readObject(body)));
  }

  public JsonBody patch(PrincipalType type, UriInfo uri, String id, InputStream body) {
    long principalId = id(type, id);
    boolean user = type == PrincipalType.USERS;
    return change(
        type, uri, principalId, ScimPatch.principalChanges(bodies.readObject(body), user));
  }

  public Response delete(PrincipalType type, String id) {
    administration.deletePrincipal(type.kind(), id(type, id), caller.get());
    return Response.noContent().build();
  }

  private JsonBody change(PrincipalType type, UriInfo uri, long id, List<PrincipalChange> changes) {
    PrincipalDetails changed =
        administration.patchPrincipal(type.kind(), id, changes, caller.get());
    return type.view().apply(changed, ScimResponses.scimBase(uri));
  }

  private static long id(PrincipalType type, String raw) {
    return ScimResponses.id(raw, () -> new IdentityNotFoundException(type.kind().label(), raw));
  }
}
