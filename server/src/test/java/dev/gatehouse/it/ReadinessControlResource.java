package dev.gatehouse.it;

import dev.gatehouse.endpoints.domain.UpdateCoordinator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Test-only remote control of {@link HeldReadinessCheck}; deployed only in the IT archive. */
@Path("it/readiness")
@RequestScoped
public class ReadinessControlResource {
  @Inject HeldReadinessCheck check;
  @Inject UpdateCoordinator coordinator;

  @POST
  @Path("{name}/hold")
  public Response hold(@PathParam("name") String name) {
    check.hold(name);
    return Response.noContent().build();
  }

  @POST
  @Path("{name}/release")
  public Response release(@PathParam("name") String name) {
    check.release(name);
    return Response.noContent().build();
  }

  @POST
  @Path("{name}/fail")
  public Response fail(@PathParam("name") String name, @QueryParam("reason") String reason) {
    check.fail(name, reason);
    return Response.noContent().build();
  }

  @POST
  @Path("{name}/clear")
  public Response clear(@PathParam("name") String name) {
    check.clear(name);
    return Response.noContent().build();
  }

  /** Runs what start-up runs after a restart, while updates are held open in this JVM. */
  @POST
  @Path("recover-interrupted")
  public Response recover() {
    return Response.ok(String.valueOf(coordinator.recoverInterruptedUpdates())).build();
  }
}
