package dev.gatehouse.platform.json;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.errors.MalformedRequestException;
import dev.gatehouse.platform.errors.RequestTooLargeException;
import dev.gatehouse.schema.SchemaValidator;
import dev.gatehouse.schema.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a raw request body into a typed request: size limit, JSON syntax, then the published JSON
 * Schema, then Jackson binding. Because the schema runs first and its objects are closed, binding
 * never meets an unknown or mistyped field, and the user hears about every violation at once.
 */
@ApplicationScoped
public class RequestBodies {
  private static final int MAX_VIOLATIONS_REPORTED = 10;

  private final SchemaValidator validator = new SchemaValidator();

  @Inject
  @ConfigProperty(name = "gatehouse.http.max-body-bytes", defaultValue = "1048576")
  long maxBodyBytes;

  public <T> T read(InputStream body, String schemaName, Class<T> type) {
    JsonNode document = parse(body);
    List<Violation> violations = validator.validate(schemaName, document);
    if (!violations.isEmpty()) {
      throw new InvalidParameterException(describe(violations));
    }
    try {
      return Json.MAPPER.treeToValue(document, type);
    } catch (JacksonException e) {
      // The schema admits what Java cannot hold, such as an integer beyond 64 bits.
      throw new InvalidParameterException(
          "Invalid request body: " + jsonPath(e) + ": " + e.getOriginalMessage());
    }
  }

  /**
   * Size limit and JSON syntax only, for bodies whose rules a schema cannot state (SCIM attribute
   * names ignore case); the caller validates the object it gets.
   */
  public JsonNode readObject(InputStream body) {
    return parse(body);
  }

  private static String jsonPath(JacksonException e) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private JsonNode parse(InputStream body) {
    byte[] bytes = readBounded(body);
    if (bytes.length == 0) {
      throw new MalformedRequestException("Request body is empty; send a JSON object.");
    }
    JsonProblems.notUtf8(bytes)
        .ifPresent(
            where -> {
              throw new MalformedRequestException(
                  "Request body is not valid UTF-8: " + where + "; send JSON encoded as UTF-8.");
            });
    try {
      JsonNode node = Json.MAPPER.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw new MalformedRequestException("Request body must be a JSON object.");
      }
      JsonProblems.unpairedSurrogate(node, "$")
          .ifPresent(
              path -> {
                throw new InvalidParameterException(
                    "Invalid request body: "
                        + path
                        + ": holds an unpaired UTF-16 surrogate (such as \\ud800); send"
                        + " well-formed Unicode text.");
              });
      return node;
    } catch (JacksonException e) {
      throw new MalformedRequestException(
          "Request body is not valid JSON: " + JsonProblems.syntax(e) + location(e) + ".");
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private byte[] readBounded(InputStream body) {
    if (body == null) {
      return new byte[0];
    }
    try (InputStream in = body) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        throw new RequestTooLargeException(maxBodyBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String describe(List<Violation> violations) {
    String listed =
        violations.stream()
            .limit(MAX_VIOLATIONS_REPORTED)
            .map(Violation::toString)
            .collect(Collectors.joining("; "));
    int more = violations.size() - MAX_VIOLATIONS_REPORTED;
    return "Invalid request body: " + listed + (more > 0 ? "; and " + more + " more" : "") + ".";
  }
}
