package dev.gatehouse.metrics.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.metrics.domain.EndpointMetricsQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** An endpoint's series in Prometheus text, for a scraper or a person with CAN_VIEW. */
@Path("api/2.0/serving-endpoints/{name}/metrics")
@RequestScoped
public class EndpointMetricsResource {
  @Inject EndpointMetricsQueries metrics;
  @Inject CallerContext caller;

  @GET
  @Produces(PrometheusText.MEDIA_TYPE)
  public String get(@PathParam("name") String name) {
    return PrometheusText.render(metrics.of(new EndpointName(name), caller.get()));
  }
}
