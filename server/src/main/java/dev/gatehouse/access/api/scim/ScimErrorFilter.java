package dev.gatehouse.access.api.scim;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.platform.errors.ErrorBody;
import dev.gatehouse.platform.json.JsonBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * On SCIM routes, errors carry the RFC 7644 §3.12 fields beside Gatehouse's own, so that both SCIM
 * clients (identity providers) and Databricks clients understand them: {@code {"error_code",
 * "message", "schemas", "status", "detail", "scimType"}}.
 */
@Provider
public class ScimErrorFilter implements ContainerResponseFilter {

  record ScimError(
      String errorCode,
      String message,
      List<String> schemas,
      String status,
      String detail,
      @JsonProperty("scimType") String scimType)
      implements JsonBody {}

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    if (path.startsWith(Scim.PATH) && response.getEntity() instanceof ErrorBody error) {
      response.setEntity(
          new ScimError(
              error.errorCode(),
              error.message(),
              List.of(Scim.ERROR),
              Integer.toString(response.getStatus()),
              error.message(),
              scimType(error.errorCode())));
    }
  }

  /** The RFC 7644 error type, where one fits. */
  private static String scimType(String errorCode) {
    return switch (errorCode) {
      case "RESOURCE_ALREADY_EXISTS" -> "uniqueness";
      case "MALFORMED_REQUEST" -> "invalidSyntax";
      case "INVALID_PARAMETER_VALUE" -> "invalidValue";
      default -> null;
    };
  }
}
