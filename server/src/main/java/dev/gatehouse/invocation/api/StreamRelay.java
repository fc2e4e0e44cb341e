package dev.gatehouse.invocation.api;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.CallTracker;
import dev.gatehouse.invocation.domain.InvocationService.Streaming;
import dev.gatehouse.invocation.infrastructure.EventFramer;
import dev.gatehouse.invocation.infrastructure.IdleWatchdog;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.openai.OpenAiTexts;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays a provider stream (SSE, or the AWS event stream, framed as the translator says) as OpenAI
 * server-sent events, chunk by chunk as they arrive, then a usage chunk and {@code data: [DONE]}. A
 * provider error or a cut connection mid-stream ends with one {@code data: {"error": ...}} event
 * instead; a client that goes away closes the upstream body, which cancels the provider call. A
 * provider silent for {@code gatehouse.invocations.stream-idle-timeout-ms} is cut off the same way.
 */
@ApplicationScoped
public class StreamRelay {
  private static final Logger LOG = Logger.getLogger(StreamRelay.class.getName());
  private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

  @Inject
  @ConfigProperty(name = "gatehouse.invocations.stream-idle-timeout-ms", defaultValue = "60000")
  long idleTimeoutMs;

  @Resource ManagedScheduledExecutorService scheduler;

  public StreamingOutput output(Streaming streaming) {
    return out -> relay(streaming, out);
  }

  void relay(Streaming streaming, OutputStream out) throws IOException {
    StreamTranslator translator = streaming.translator();
    CallTracker tracker = streaming.tracker();
    ObjectNode last = null;
    try (InputStream upstream = streaming.body();
        IdleWatchdog watchdog = watch(upstream)) {
      EventFramer framer =
          EventFramer.of(translator.format(), watchdog == null ? upstream : watchdog.stream());
      try {
        Optional<UpstreamEvent> event;
        while (!translator.finished() && (event = framer.next()).isPresent()) {
          for (ObjectNode chunk : translator.onEvent(event.get())) {
            last = chunk;
            write(out, chunk);
            tracker.chunk(chunk);
          }
        }
        if (!translator.finished()) {
          throw new UpstreamStreamException("The provider's stream ended before it was complete.");
        }
      } catch (UpstreamStreamException e) {
        tracker.streamEnded(
            usageSoFar(translator), ErrorCode.UPSTREAM_ERROR.name(), e.getMessage());
        error(out, e.getMessage());
        return;
      } catch (ClientGoneException e) {
        LOG.fine("Client left a stream; the provider call is canceled");
        tracker.streamEnded(usageSoFar(translator), CallOutcome.CLIENT_CLOSED_REQUEST);
        return;
      } catch (IOException e) {
        String message =
            watchdog != null && watchdog.idled()
                ? "The provider sent nothing for "
                    + idleTimeoutMs
                    + " ms (gatehouse.invocations.stream-idle-timeout-ms)."
                : "The connection to the provider broke mid-stream.";
        tracker.streamEnded(usageSoFar(translator), ErrorCode.UPSTREAM_ERROR.name(), message);
        error(out, message);
        return;
      }
      tracker.streamEnded(translator.usage(), null);
      write(out, usageChunk(streaming, translator, last));
      send(out, DONE);
    }
  }

  /** The tokens of a stream cut short: what the translator counted, or nothing if it cannot say. */
  private static Usage usageSoFar(StreamTranslator translator) {
    try {
      return translator.usage();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private IdleWatchdog watch(InputStream upstream) {
    return scheduler == null || idleTimeoutMs <= 0
        ? null
        : new IdleWatchdog(upstream, idleTimeoutMs, scheduler);
  }

  private static ObjectNode usageChunk(
      Streaming streaming, StreamTranslator translator, ObjectNode last) {
    ObjectNode chunk = Json.MAPPER.createObjectNode();
    Task task = streaming.invocation().task();
    if (last != null) {
      chunk.set("id", last.get("id"));
      chunk.set("created", last.get("created"));
      chunk.set("model", last.get("model"));
    }
    chunk.put("object", task == Task.CHAT ? "chat.completion.chunk" : "text_completion");
    if (!chunk.hasNonNull("model")) {
      chunk.put("model", streaming.servedModelName());
    }
    chunk.putArray("choices");
    chunk.set("usage", OpenAiTexts.usageNode(task, translator.usage()));
    return chunk;
  }

  private static void error(OutputStream out, String message) throws IOException {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("message", message);
    error.put("type", "upstream_error");
    error.put("code", "UPSTREAM_ERROR");
    try {
      write(out, body);
    } catch (ClientGoneException e) {
      LOG.fine("Client left before the stream's error event");
    }
  }

  private static void write(OutputStream out, ObjectNode chunk) {
    send(
        out,
        ("data: " + Json.MAPPER.writeValueAsString(chunk) + "\n\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void send(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new ClientGoneException();
    }
  }

  /** Writing to the client failed: it disconnected. */
  private static final class ClientGoneException extends RuntimeException {
    ClientGoneException() {
      super(null, null, false, false);
    }
  }
}
