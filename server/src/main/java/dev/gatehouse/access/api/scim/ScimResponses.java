package dev.gatehouse.access.api.scim;

import dev.gatehouse.platform.json.JsonBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Supplier;

/** What the SCIM resources have in common besides their routes. */
final class ScimResponses {
  private ScimResponses() {}

  /** The absolute URI of the SCIM root, which resource paths such as {@code Users/7} resolve on. */
  static URI scimBase(UriInfo uri) {
    String base = uri.getBaseUri().toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + Scim.PATH);
  }

  /** 201 with the new resource and its location, as RFC 7644 §3.3 has it. */
  static Response created(JsonBody resource, long id, UriInfo uri) {
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(resource)
        .build();
  }

  /** An id from the path; one that cannot be an id names nothing, so it is a 404. */
  static long id(String raw, Supplier<RuntimeException> notFound) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw notFound.get();
    }
  }
}
