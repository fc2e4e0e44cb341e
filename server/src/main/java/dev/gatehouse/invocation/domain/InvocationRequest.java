package dev.gatehouse.invocation.domain;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.providers.Invocation;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A caller's request body checked against the endpoint's task and split into what the provider gets
 * ({@link Invocation}) and what Gatehouse keeps ({@code client_request_id}, {@code usage_context}).
 * {@code extra_params} are merged into the body; {@code model} is dropped (it named the endpoint on
 * the OpenAI-compatible routes).
 */
public record InvocationRequest(
    Invocation invocation, String clientRequestId, JsonNode usageContext) {

  private static final Map<Task, String> REQUIRED =
      Map.of(Task.CHAT, "messages", Task.COMPLETIONS, "prompt", Task.EMBEDDINGS, "input");

  public static InvocationRequest of(Task task, ObjectNode original, String servedModelName) {
    ObjectNode body = original.deepCopy();
    for (Map.Entry<Task, String> field : REQUIRED.entrySet()) {
      if (field.getKey() != task && body.has(field.getValue())) {
        throw new InvalidParameterException(
            "This endpoint serves task "
                + task.wire()
                + ", which does not take '"
                + field.getValue()
                + "'; send '"
                + REQUIRED.get(task)
                + "'.");
      }
    }
    String required = REQUIRED.get(task);
    JsonNode value = body.get(required);
    if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
      throw new InvalidParameterException(
          "Task " + task.wire() + " needs '" + required + "' in the request body.");
    }
    if (task == Task.CHAT && !value.isArray()) {
      throw new InvalidParameterException("'messages' must be a list of messages.");
    }
    if (task != Task.CHAT && !(value.isString() || value.isArray())) {
      throw new InvalidParameterException("'" + required + "' must be a string or a list.");
    }
    JsonNode stream = body.get("stream");
    if (stream != null && !stream.isNull() && !stream.isBoolean()) {
      throw new InvalidParameterException("'stream' must be true or false.");
    }
    boolean streaming = stream != null && stream.asBoolean(false);
    if (streaming && task == Task.EMBEDDINGS) {
      throw new InvalidParameterException("Task " + task.wire() + " cannot stream.");
    }
    JsonNode clientRequestId = body.remove("client_request_id");
    JsonNode usageContext = body.remove("usage_context");
    JsonNode extra = body.remove("extra_params");
    if (extra != null && !extra.isNull()) {
      if (!(extra instanceof ObjectNode extraObject)) {
        throw new InvalidParameterException("'extra_params' must be an object.");
      }
      extraObject.properties().forEach(e -> body.set(e.getKey(), e.getValue()));
    }
    body.remove("model");
    return new InvocationRequest(
        new Invocation(task, body, streaming, servedModelName),
        clientRequestId == null || clientRequestId.isNull() ? null : clientRequestId.asString(),
        usageContext);
  }
}
