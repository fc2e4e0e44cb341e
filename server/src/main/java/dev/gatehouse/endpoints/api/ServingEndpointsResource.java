package dev.gatehouse.endpoints.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.EndpointConfig;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.EndpointQueries;
import dev.gatehouse.endpoints.domain.LegacyRateLimit;
import dev.gatehouse.endpoints.domain.NewEndpoint;
import dev.gatehouse.endpoints.domain.Tag;
import dev.gatehouse.endpoints.domain.UpdateCoordinator;
import dev.gatehouse.platform.json.RequestBodies;
import dev.gatehouse.schema.Schemas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;

/** The serving-endpoints control plane, in the paths and shapes of the Databricks API. */
@Path("api/2.0/serving-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ServingEndpointsResource {
  @Inject UpdateCoordinator coordinator;
  @Inject EndpointQueries queries;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  record TagsPatch(List<Tag> addTags, List<String> deleteTags) {}

  record RateLimitsPut(List<LegacyRateLimit> rateLimits) {}

  @POST
  public EndpointViews.Detailed create(InputStream body) {
    NewEndpoint request = bodies.read(body, Schemas.CREATE_ENDPOINT, NewEndpoint.class);
    return EndpointViews.detailed(coordinator.create(request, caller.get()));
  }

  @GET
  public EndpointViews.EndpointList list() {
    return new EndpointViews.EndpointList(
        queries.list(caller.get()).stream().map(EndpointViews::summary).toList());
  }

  @GET
  @Path("{name}")
  public EndpointViews.Detailed get(@PathParam("name") String name) {
    return EndpointViews.detailed(queries.get(new EndpointName(name), caller.get()));
  }

  @DELETE
  @Path("{name}")
  public EndpointViews.Empty delete(@PathParam("name") String name) {
    coordinator.delete(new EndpointName(name), caller.get());
    return new EndpointViews.Empty();
  }

  @PUT
  @Path("{name}/config")
  public EndpointViews.Detailed updateConfig(@PathParam("name") String name, InputStream body) {
    EndpointName endpoint = new EndpointName(name);
    EndpointConfig config = bodies.read(body, Schemas.ENDPOINT_CONFIG_INPUT, EndpointConfig.class);
    return EndpointViews.detailed(coordinator.updateConfig(endpoint, config, caller.get()));
  }

  @DELETE
  @Path("{name}/pending-config")
  public EndpointViews.Detailed cancelUpdate(@PathParam("name") String name) {
    return EndpointViews.detailed(coordinator.cancel(new EndpointName(name), caller.get()));
  }

  /** The version history (an extension): newest first, a page at a time. */
  @GET
  @Path("{name}/config-versions")
  public ConfigVersionViews.Page configVersions(
      @PathParam("name") String name,
      @QueryParam("max_results") String maxResults,
      @QueryParam("page_token") String pageToken) {
    return ConfigVersionViews.Page.of(
        queries.versions(new EndpointName(name), maxResults, pageToken, caller.get()));
  }

  @PATCH
  @Path("{name}/tags")
  public EndpointViews.Tags patchTags(@PathParam("name") String name, InputStream body) {
    EndpointName endpoint = new EndpointName(name);
    TagsPatch patch = bodies.read(body, Schemas.TAGS_PATCH, TagsPatch.class);
    return new EndpointViews.Tags(
        coordinator.patchTags(endpoint, patch.addTags(), patch.deleteTags(), caller.get()));
  }

  @PUT
  @Path("{name}/ai-gateway")
  public EndpointViews.AiGateway putAiGateway(@PathParam("name") String name, InputStream body) {
    EndpointName endpoint = new EndpointName(name);
    AiGatewayConfig gateway = bodies.read(body, Schemas.AI_GATEWAY_CONFIG, AiGatewayConfig.class);
    return new EndpointViews.AiGateway(coordinator.putAiGateway(endpoint, gateway, caller.get()));
  }

  @PUT
  @Path("{name}/rate-limits")
  public EndpointViews.RateLimits putRateLimits(@PathParam("name") String name, InputStream body) {
    EndpointName endpoint = new EndpointName(name);
    RateLimitsPut limits = bodies.read(body, Schemas.RATE_LIMITS, RateLimitsPut.class);
    return new EndpointViews.RateLimits(
        coordinator.putRateLimits(endpoint, limits.rateLimits(), caller.get()));
  }
}
