package dev.gatehouse.access.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.access.domain.TokenService;
import dev.gatehouse.platform.json.RequestBodies;
import dev.gatehouse.schema.Schemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** A principal's own API tokens, in the paths and shapes of the Databricks token API. */
@Path("api/2.0/token")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TokensResource {
  @Inject TokenService tokens;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  record CreateRequest(Long lifetimeSeconds, String comment) {}

  record DeleteRequest(String tokenId) {}

  @POST
  @Path("create")
  public TokenViews.CreateTokenResponse create(InputStream body) {
    CreateRequest request = bodies.read(body, Schemas.TOKEN_CREATE, CreateRequest.class);
    return TokenViews.CreateTokenResponse.of(
        tokens.create(caller.get(), request.lifetimeSeconds(), request.comment()));
  }

  @GET
  @Path("list")
  public TokenViews.PublicTokenList list() {
    return new TokenViews.PublicTokenList(
        tokens.listOwn(caller.get()).stream().map(TokenViews.PublicTokenInfo::of).toList());
  }

  @POST
  @Path("delete")
  public TokenViews.Empty delete(InputStream body) {
    DeleteRequest request = bodies.read(body, Schemas.TOKEN_DELETE, DeleteRequest.class);
    tokens.deleteOwn(caller.get(), request.tokenId());
    return new TokenViews.Empty();
  }
}
