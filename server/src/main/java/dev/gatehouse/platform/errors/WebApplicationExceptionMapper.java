package dev.gatehouse.platform.errors;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Routing failures raised by the JAX-RS runtime itself (unknown route, wrong method, a response
 * type the client does not accept) get the same error shape as everything else, and never the
 * container's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(WebApplicationException e) {
    String route = "'" + request.getMethod() + " /" + uri.getPath().replaceFirst("^/", "") + "'";
    if (e instanceof NotFoundException) {
      return ErrorBody.response(ErrorCode.ENDPOINT_NOT_FOUND, "No API found for " + route + ".");
    }
    if (e instanceof NotAllowedException) {
      String allowed = String.join(", ", e.getResponse().getAllowedMethods());
      Response body =
          ErrorBody.response(
              ErrorCode.METHOD_NOT_ALLOWED,
              "Method not allowed for " + route + "; allowed: " + allowed + ".");
      return Response.fromResponse(body).header("Allow", allowed).build();
    }
    if (e instanceof NotAcceptableException) {
      return ErrorBody.response(
          ErrorCode.NOT_ACCEPTABLE,
          route + " answers in application/json; accept it (Accept: application/json).");
    }
    int status = e.getResponse().getStatus();
    ErrorCode code = status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_PARAMETER_VALUE;
    return ErrorBody.response(code, "Request to " + route + " failed with HTTP " + status + ".");
  }
}
