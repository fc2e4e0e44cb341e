package dev.gatehouse.invocation.api;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.errors.MalformedRequestException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.platform.json.JsonProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Query bodies: JSON objects up to {@code gatehouse.invocations.max-body-bytes} (16 MiB, as
 * Databricks allows), larger ones refused with 400 before they are parsed. Not the management API's
 * reader: prompts are far larger than configs, and their fields are the provider's to judge.
 */
@ApplicationScoped
public class InvocationBodies {
  @Inject
  @ConfigProperty(name = "gatehouse.invocations.max-body-bytes", defaultValue = "16777216")
  long maxBodyBytes;

  public ObjectNode read(InputStream body) {
    byte[] bytes;
    try (InputStream in = body) {
      bytes =
          in == null
              ? new byte[0]
              : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBodyBytes) {
      throw new InvalidParameterException(
          "The request is larger than the limit of "
              + maxBodyBytes
              + " bytes (setting gatehouse.invocations.max-body-bytes).");
    }
    try {
      JsonNode node = bytes.length == 0 ? null : Json.MAPPER.readTree(bytes);
      if (!(node instanceof ObjectNode object)) {
        throw new MalformedRequestException("The request body must be a JSON object.");
      }
      return object;
    } catch (JacksonException e) {
      throw new MalformedRequestException(
          "The request body is not valid JSON: " + JsonProblems.syntax(e));
    }
  }

  /** The endpoint an OpenAI-compatible request names in {@code model}. */
  static String model(ObjectNode request) {
    JsonNode model = request.get("model");
    if (model == null || !model.isString() || model.asString().isBlank()) {
      throw new InvalidParameterException(
          "'model' must name the serving endpoint to query on the OpenAI-compatible routes.");
    }
    return model.asString();
  }
}
