package dev.gatehouse.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Replaying recorded streams through a {@link StreamTranslator}, the same way for every provider's
 * stream test: a test-only SSE framer, and a replay that checks the stream does not finish early.
 */
public final class StreamReplay {
  private StreamReplay() {}

  /** Feeds every event, checking the stream is not finished before the last one. */
  public static JsonNode replay(StreamTranslator translator, List<UpstreamEvent> events) {
    ArrayNode chunks = Json.MAPPER.createArrayNode();
    for (UpstreamEvent event : events) {
      assertThat(translator.finished())
          .as("finished before %s", event.type() != null ? event.type() : event.data())
          .isFalse();
      translator.onEvent(event).forEach(chunks::add);
    }
    return Fixtures.wire(chunks);
  }

  /**
   * A test-only SSE framer (providers.md §0): events end at a blank line in any of the three line
   * endings, {@code :} lines are comments, {@code data:} lines join with a newline.
   */
  public static List<UpstreamEvent> sse(byte[] stream) {
    String text =
        new String(stream, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    List<UpstreamEvent> events = new ArrayList<>();
    for (String block : text.split("\n\n")) {
      String type = null;
      List<String> data = new ArrayList<>();
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          type = field(line, "event:");
        } else if (line.startsWith("data:")) {
          data.add(field(line, "data:"));
        }
      }
      if (type != null || !data.isEmpty()) {
        events.add(new UpstreamEvent(type, String.join("\n", data)));
      }
    }
    return events;
  }

  private static String field(String line, String prefix) {
    String value = line.substring(prefix.length());
    return value.startsWith(" ") ? value.substring(1) : value;
  }
}
