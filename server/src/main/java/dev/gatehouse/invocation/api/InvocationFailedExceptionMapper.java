package dev.gatehouse.invocation.api;

import dev.gatehouse.invocation.domain.InvocationFailedException;
import dev.gatehouse.platform.errors.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The common error shape, plus {@code Retry-After} (whole seconds, at least 1) when known. */
@Provider
public class InvocationFailedExceptionMapper implements ExceptionMapper<InvocationFailedException> {
  @Override
  public Response toResponse(InvocationFailedException e) {
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
