package dev.gatehouse.platform.api;

import dev.gatehouse.platform.errors.ResourceNotFoundException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.json.JsonBody;
import dev.gatehouse.schema.Schemas;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Publishes the JSON Schemas the server validates with, for IaC tools and clients to build on. */
@Path("api/2.0/schemas")
@Produces(MediaType.APPLICATION_JSON)
public class SchemasResource {

  record SchemaEntry(String name, String id, String title, String description) {}

  record SchemaList(List<SchemaEntry> schemas) implements JsonBody {}

  @GET
  public SchemaList list() {
    return new SchemaList(
        Schemas.names().stream()
            .map(
                name -> {
                  JsonNode doc = Json.MAPPER.readTree(Schemas.document(name).orElseThrow());
                  return new SchemaEntry(
                      name,
                      doc.path("$id").asString(null),
                      doc.path("title").asString(null),
                      doc.path("description").asString(null));
                })
            .toList());
  }

  @GET
  @Path("{name}")
  public String get(@PathParam("name") String name) {
    return Schemas.document(name)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "No schema named '"
                        + name
                        + "'; known: "
                        + String.join(", ", Schemas.names())
                        + "."));
  }
}
