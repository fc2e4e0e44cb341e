package dev.gatehouse.access.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.access.domain.TokenService;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.RequestBodies;
import dev.gatehouse.schema.Schemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** Everyone's tokens, for admins, in the paths and shapes of Databricks token management. */
@Path("api/2.0/token-management")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TokenManagementResource {
  @Inject TokenService tokens;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  /** {@code user_name} instead of {@code application_id} is a Gatehouse extension. */
  record OboRequest(String applicationId, String userName, Long lifetimeSeconds, String comment) {
    PrincipalKind kind() {
      if ((applicationId == null) == (userName == null)) {
        throw new InvalidParameterException(
            "Send exactly one of application_id (a service principal) and user_name (a user).");
      }
      return applicationId != null ? PrincipalKind.SERVICE_PRINCIPAL : PrincipalKind.USER;
    }

    String name() {
      return applicationId != null ? applicationId : userName;
    }
  }

  @POST
  @Path("on-behalf-of/tokens")
  public TokenViews.CreateOboTokenResponse createOnBehalfOf(InputStream body) {
    OboRequest request = bodies.read(body, Schemas.OBO_TOKEN_CREATE, OboRequest.class);
    return TokenViews.CreateOboTokenResponse.of(
        tokens.createOnBehalfOf(
            caller.get(),
            request.kind(),
            request.name(),
            request.lifetimeSeconds(),
            request.comment()));
  }

  @GET
  @Path("tokens")
  public TokenViews.TokenList list(
      @QueryParam("created_by_id") String createdById,
      @QueryParam("created_by_username") String createdByUsername) {
    return new TokenViews.TokenList(
        tokens.listAll(caller.get(), id(createdById), createdByUsername).stream()
            .map(TokenViews.TokenInfo::of)
            .toList());
  }

  private static Long id(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("created_by_id must be a number; got '" + value + "'.");
    }
  }

  @GET
  @Path("tokens/{token_id}")
  public TokenViews.GetTokenResponse get(@PathParam("token_id") String tokenId) {
    return new TokenViews.GetTokenResponse(
        TokenViews.TokenInfo.of(tokens.get(caller.get(), tokenId)));
  }

  @DELETE
  @Path("tokens/{token_id}")
  public TokenViews.Empty delete(@PathParam("token_id") String tokenId) {
    tokens.delete(caller.get(), tokenId);
    return new TokenViews.Empty();
  }
}
