package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.providers.StreamTranslator.StreamFormat;
import dev.gatehouse.providers.UpstreamEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Cuts a provider's stream into {@link UpstreamEvent}s, one framing per {@link StreamFormat}. A
 * stream that breaks or is corrupt is an {@link IOException}: the relay ends it with an error.
 */
public interface EventFramer {

  /** The next event, or empty at the clean end of the stream. */
  Optional<UpstreamEvent> next() throws IOException;

  static EventFramer of(StreamFormat format, InputStream body) {
    return switch (format) {
      case SSE -> new SseFramer(body);
      case AWS_EVENT_STREAM -> new AwsEventStreamFramer(body);
    };
  }
}
