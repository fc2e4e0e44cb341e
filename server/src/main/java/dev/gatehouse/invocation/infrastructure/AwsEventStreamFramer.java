package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UpstreamEvent;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

/**
 * Frames the binary AWS event stream ({@code application/vnd.amazon.eventstream}) that Bedrock's
 * converse-stream sends: each frame is read whole (its length leads it), then decoded and its CRCs
 * checked by the AWS event-stream library. The prelude's CRC is checked before the rest is awaited,
 * so a corrupt length fails at once instead of waiting for bytes that never come. Event messages
 * become their {@code :event-type} and UTF-8 payload; exception and error messages are marked as
 * {@link UpstreamEvent#EXCEPTION_PREFIX} types.
 */
public class AwsEventStreamFramer implements EventFramer {
  private static final int PRELUDE = 12;

  /** The prelude and the message CRC. */
  private static final int MIN_FRAME = 16;

  /** As much as the AWS decoder accepts. */
  private static final int MAX_FRAME = 16 * 1024 * 1024;

  private final InputStream in;

  public AwsEventStreamFramer(InputStream body) {
    this.in = body;
  }

  @Override
  public Optional<UpstreamEvent> next() throws IOException {
    byte[] prelude = new byte[PRELUDE];
    int read = readFully(prelude, 0, PRELUDE);
    if (read == 0) {
      return Optional.empty();
    }
    if (read < PRELUDE) {
      throw new EOFException("The event stream ended inside a frame's prelude.");
    }
    ByteBuffer head = ByteBuffer.wrap(prelude);
    int total = head.getInt(0);
    CRC32 crc = new CRC32();
    crc.update(prelude, 0, 8);
    if ((int) crc.getValue() != head.getInt(8)) {
      throw new IOException("An event stream frame failed its prelude checksum.");
    }
    if (total < MIN_FRAME || total > MAX_FRAME) {
      throw new IOException("An event stream frame has an impossible length " + total + ".");
    }
    byte[] frame = new byte[total];
    System.arraycopy(prelude, 0, frame, 0, PRELUDE);
    int rest = readFully(frame, PRELUDE, total - PRELUDE);
    if (rest < total - PRELUDE) {
      throw new EOFException("The event stream ended inside a frame.");
    }
    Message message;
    try {
      message = Message.decode(ByteBuffer.wrap(frame));
    } catch (RuntimeException e) {
      throw new IOException("An event stream frame is corrupt: " + e.getMessage());
    }
    return Optional.of(event(message));
  }

  /** Reads until {@code length} bytes or the end: one read may return any part of a frame. */
  private int readFully(byte[] into, int offset, int length) throws IOException {
    int done = 0;
    while (done < length) {
      int n = in.read(into, offset + done, length - done);
      if (n < 0) {
        break;
      }
      done += n;
    }
    return done;
  }

  private static UpstreamEvent event(Message message) {
    Map<String, HeaderValue> headers = message.getHeaders();
    String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
    String kind = header(headers, ":message-type", "event");
    return switch (kind) {
      case "exception" ->
          new UpstreamEvent(
              UpstreamEvent.EXCEPTION_PREFIX + header(headers, ":exception-type", "exception"),
              payload);
      case "error" -> {
        String text = header(headers, ":error-message", "");
        String json = "{\"message\":" + quote(text) + "}";
        yield new UpstreamEvent(
            UpstreamEvent.EXCEPTION_PREFIX + header(headers, ":error-code", "error"), json);
      }
      default -> new UpstreamEvent(header(headers, ":event-type", null), payload);
    };
  }

  private static String header(Map<String, HeaderValue> headers, String name, String fallback) {
    HeaderValue value = headers.get(name);
    return value == null ? fallback : value.getString();
  }

  private static String quote(String text) {
    return Json.MAPPER.writeValueAsString(text);
  }
}
