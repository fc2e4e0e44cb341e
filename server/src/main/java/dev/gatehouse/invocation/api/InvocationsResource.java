package dev.gatehouse.invocation.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.InvocationService;
import dev.gatehouse.platform.json.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query routes: Databricks' {@code /serving-endpoints/{name}/invocations} and the
 * OpenAI-compatible routes an OpenAI SDK calls with base URL {@code <gatehouse>/serving-endpoints}
 * and {@code model} set to the endpoint's name.
 */
@Path("serving-endpoints")
@Consumes(MediaType.WILDCARD)
public class InvocationsResource {
  static final String SERVED_MODEL_NAME = "served-model-name";

  @Inject InvocationService invocations;
  @Inject InvocationBodies bodies;
  @Inject CallerContext caller;
  @Inject StreamRelay relay;

  @POST
  @Path("{name}/invocations")
  public Response invoke(@PathParam("name") String name, InputStream body) {
    return answer(invocations.invoke(name, null, bodies.read(body), caller.get()));
  }

  @POST
  @Path("chat/completions")
  public Response chat(InputStream body) {
    return openAi(Task.CHAT, body);
  }

  @POST
  @Path("completions")
  public Response completions(InputStream body) {
    return openAi(Task.COMPLETIONS, body);
  }

  @POST
  @Path("embeddings")
  public Response embeddings(InputStream body) {
    return openAi(Task.EMBEDDINGS, body);
  }

  private Response openAi(Task task, InputStream body) {
    ObjectNode request = bodies.read(body);
    return answer(invocations.invoke(InvocationBodies.model(request), task, request, caller.get()));
  }

  private Response answer(InvocationService.Result result) {
    Response.ResponseBuilder response;
    if (result instanceof InvocationService.Streaming streaming) {
      response =
          Response.ok(relay.output(streaming), MediaType.SERVER_SENT_EVENTS_TYPE)
              .header("Cache-Control", "no-cache")
              .header("X-Accel-Buffering", "no");
    } else {
      InvocationService.Answered answered = (InvocationService.Answered) result;
      response =
          Response.ok(
              Json.MAPPER.writeValueAsBytes(answered.answer().body()),
              MediaType.APPLICATION_JSON_TYPE);
    }
    return response.header(SERVED_MODEL_NAME, result.servedModelName()).build();
  }
}
