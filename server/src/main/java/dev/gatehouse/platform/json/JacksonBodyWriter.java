package dev.gatehouse.platform.json;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes response bodies with {@link Json#MAPPER}, so responses follow the same naming rules as the
 * schemas and never go through the container's JSON binding defaults.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/scim+json"})
public class JacksonBodyWriter implements MessageBodyWriter<JsonBody> {
  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonBody.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonBody value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    Json.MAPPER.writeValue(out, value);
  }
}
