package dev.gatehouse.platform.errors;

import dev.gatehouse.platform.json.JsonBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one error shape: {@code {"error_code": ..., "message": ...}}. */
public record ErrorBody(String errorCode, String message) implements JsonBody {

  public static Response response(ErrorCode code, String message) {
    return Response.status(code.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(code.name(), message))
        .build();
  }
}
