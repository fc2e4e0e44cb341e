package dev.gatehouse.access.api;

import dev.gatehouse.access.domain.Authenticator;
import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.access.domain.UnauthenticatedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every {@code /api/} route and every invocation route ({@code /serving-endpoints/...}) needs a
 * bearer token. Runs before route matching so that an unauthenticated caller learns nothing, not
 * even which routes exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "bearer ";

  @Inject Authenticator authenticator;
  @Inject CallerContext callerContext;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (!(path.equals("api") || path.startsWith("api/") || path.startsWith("serving-endpoints/"))) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      throw new UnauthenticatedException(
          "Authentication required; send 'Authorization: Bearer <token>'.");
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new UnauthenticatedException(
          "Unsupported authorization scheme; send 'Authorization: Bearer <token>'.");
    }
    callerContext.set(authenticator.authenticate(header.substring(BEARER.length()).trim()));
  }
}
