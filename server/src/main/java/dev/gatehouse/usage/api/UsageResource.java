package dev.gatehouse.usage.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.usage.domain.UsageQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What an endpoint's calls came to. Times are taken as text so that a malformed one gets a 400
 * naming it; JAX-RS would answer 404 for a number it cannot convert.
 */
@Path("api/2.0/serving-endpoints/{name}/usage")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class UsageResource {
  @Inject UsageQueries usage;
  @Inject CallerContext caller;

  @GET
  public UsageViews.Report get(
      @PathParam("name") String name,
      @QueryParam("start_time") String startTime,
      @QueryParam("end_time") String endTime,
      @QueryParam("group_by") String groupBy) {
    return UsageViews.Report.of(
        usage.report(new EndpointName(name), startTime, endTime, groupBy, caller.get()));
  }
}
