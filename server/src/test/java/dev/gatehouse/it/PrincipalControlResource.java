package dev.gatehouse.it;

import dev.gatehouse.access.domain.ApiToken;
import dev.gatehouse.access.domain.Principal;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.access.domain.TokenStore;
import dev.gatehouse.access.domain.Tokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: makes a non-admin principal with a token, until the identity API exists to do it.
 * Deployed only in the IT archive, outside {@code /api/}, so it needs no token itself.
 */
@Path("it/principals")
@RequestScoped
public class PrincipalControlResource {
  @Inject TokenStore store;

  /**
   * Creates a principal of the kind ({@code USER} or {@code SERVICE_PRINCIPAL}); returns a token.
   */
  @POST
  @Path("{kind}/{name}")
  @Produces(MediaType.TEXT_PLAIN)
  @Transactional
  public String create(@PathParam("kind") PrincipalKind kind, @PathParam("name") String name) {
    long now = System.currentTimeMillis();
    Principal principal = new Principal(kind, name, false, now);
    store.save(principal);
    String token = Tokens.generate();
    store.save(new ApiToken(Tokens.newTokenId(), principal, Tokens.hash(token), "it", false, now));
    return token;
  }
}
