package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.access.domain.IdentityQueries;
import dev.gatehouse.access.domain.IdentitySettings;
import dev.gatehouse.access.domain.PrincipalDetails;
import dev.gatehouse.access.domain.PrincipalKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The caller itself, as a SCIM user or service principal (with {@code userName} set to its
 * application id, as Databricks does), and the workspace id in {@code X-Databricks-Org-Id}: the
 * Databricks Terraform provider reads that header after every create and read.
 */
@Path(Scim.PATH + "Me")
@Produces({MediaType.APPLICATION_JSON, Scim.MEDIA_TYPE})
@RequestScoped
public class ScimMeResource {
  static final String ORG_ID_HEADER = "X-Databricks-Org-Id";

  @Inject IdentityQueries queries;
  @Inject IdentitySettings settings;
  @Inject CallerContext caller;

  @GET
  public Response me(@Context UriInfo uri) {
    PrincipalDetails me = queries.me(caller.get());
    URI base = ScimResponses.scimBase(uri);
    Object body =
        me.principal().kind() == PrincipalKind.USER
            ? ScimViews.user(me, base)
            : ScimViews.servicePrincipal(me, base, true);
    return Response.ok(body).header(ORG_ID_HEADER, settings.orgId()).build();
  }
}
