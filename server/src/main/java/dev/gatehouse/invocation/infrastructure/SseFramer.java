package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.providers.UpstreamEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Frames server-sent events (providers.md §0): lines end in {@code \n}, {@code \r\n} or {@code \r};
 * an event ends at a blank line; {@code :} lines are comments; {@code data:} lines join with {@code
 * \n}; exactly one space after the colon is dropped. A final event without its blank line still
 * counts.
 */
public class SseFramer implements EventFramer {
  private final PushbackReader in;

  public SseFramer(InputStream body) {
    this.in = new PushbackReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1);
  }

  @Override
  public Optional<UpstreamEvent> next() throws IOException {
    String type = null;
    StringBuilder data = null;
    String line;
    while ((line = readLine()) != null) {
      if (line.isEmpty()) {
        if (data != null) {
          return Optional.of(new UpstreamEvent(type, data.toString()));
        }
        type = null;
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (field.equals("event")) {
        type = value;
      } else if (field.equals("data")) {
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    return data == null ? Optional.empty() : Optional.of(new UpstreamEvent(type, data.toString()));
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        return line.toString();
      }
      if (c == '\r') {
        int next = in.read();
        if (next != '\n' && next != -1) {
          in.unread(next);
        }
        return line.toString();
      }
      line.append((char) c);
    }
    return line.length() == 0 ? null : line.toString();
  }
}
