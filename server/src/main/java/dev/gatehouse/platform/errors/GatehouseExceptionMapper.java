package dev.gatehouse.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Domain exceptions carry their own code and a message meant for the caller, and {@code
 * Retry-After} (whole seconds, at least 1) when waiting helps.
 */
@Provider
public class GatehouseExceptionMapper implements ExceptionMapper<GatehouseException> {
  @Override
  public Response toResponse(GatehouseException e) {
    Response response = ErrorBody.response(e.code(), e.getMessage());
    return e.retryAfter()
        .map(
            wait ->
                Response.fromResponse(response)
                    .header(
                        "Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)))
                    .build())
        .orElse(response);
  }
}
