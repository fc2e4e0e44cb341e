package dev.gatehouse.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain exceptions carry their own code and a message meant for the caller. */
@Provider
public class GatehouseExceptionMapper implements ExceptionMapper<GatehouseException> {
  @Override
  public Response toResponse(GatehouseException e) {
    return ErrorBody.response(e.code(), e.getMessage());
  }
}
