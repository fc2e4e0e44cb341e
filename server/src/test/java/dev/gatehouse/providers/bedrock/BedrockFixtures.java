package dev.gatehouse.providers.bedrock;

import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bedrock traffic under {@code src/test/resources/providers/amazon-bedrock/}. Binary {@code
 * .eventstream} streams are encoded with the AWS event-stream library from a readable {@code
 * .events.json} list ({@code event-type} or {@code message-type: exception} with {@code
 * exception-type}, and {@code payload}); {@link #main} rewrites them after a source changes.
 */
final class BedrockFixtures {
  static final String PROVIDER = "amazon-bedrock";
  static final List<String> STREAMS =
      List.of("chat.stream", "tools.stream", "error-midstream.stream");

  /** AWS's documented example key pair: never valid, so safe in a fixture. */
  static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";

  static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:20:30Z"), ZoneOffset.UTC);
  static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";

  private BedrockFixtures() {}

  static BedrockAdapter adapter() {
    return new BedrockAdapter("", "", CLOCK);
  }

  static ProviderTarget target(String model, String task, String family) {
    ObjectNode config = Json.MAPPER.createObjectNode();
    config.put("aws_region", "us-east-1").put("bedrock_provider", family);
    config.put("aws_access_key_id", "{{secrets/aws/id}}");
    config.put("aws_secret_access_key", "{{secrets/aws/secret}}");
    ExternalModel external = Fixtures.external(ProviderKind.AMAZON_BEDROCK, model, task, config);
    Map<String, String> keys =
        Map.of("aws_access_key_id", ACCESS_KEY, "aws_secret_access_key", SECRET_KEY);
    return new ProviderTarget(external, config, keys::get);
  }

  static Invocation invocation(Task task, String file, boolean stream) {
    return Fixtures.invocation(task, Fixtures.json(PROVIDER, file), stream);
  }

  static JsonNode json(String file) {
    return Fixtures.json(PROVIDER, file);
  }

  static UpstreamResponse response(int status, String file, Map<String, List<String>> headers) {
    return new UpstreamResponse(status, headers, Fixtures.bytes(PROVIDER, file));
  }

  static byte[] stream(String scenario) {
    return Fixtures.bytes(PROVIDER, scenario + ".eventstream");
  }

  /** The frames of a readable {@code <scenario>.events.json}, encoded. */
  static byte[] encode(String scenario) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (JsonNode frame : Fixtures.parse(Fixtures.bytes(PROVIDER, scenario + ".events.json"))) {
      frame(frame).encode(out);
    }
    return out.toByteArray();
  }

  static Message frame(JsonNode frame) {
    Map<String, HeaderValue> headers = new LinkedHashMap<>();
    String type = frame.path("message-type").asString("event");
    if ("exception".equals(type)) {
      headers.put(
          ":exception-type", HeaderValue.fromString(frame.path("exception-type").asString()));
    } else {
      headers.put(":event-type", HeaderValue.fromString(frame.path("event-type").asString()));
    }
    headers.put(":content-type", HeaderValue.fromString("application/json"));
    headers.put(":message-type", HeaderValue.fromString(type));
    byte[] payload =
        Json.MAPPER.writeValueAsString(frame.get("payload")).getBytes(StandardCharsets.UTF_8);
    return new Message(headers, payload);
  }

  /** Rewrites the checked-in streams: run from the server module's directory. */
  public static void main(String[] args) {
    Path dir = Path.of("src/test/resources/providers", PROVIDER);
    for (String scenario : STREAMS) {
      try {
        Files.write(dir.resolve(scenario + ".eventstream"), encode(scenario));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
