package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.providers.UpstreamEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseFramerTest {

  private static List<UpstreamEvent> frame(String stream) throws IOException {
    SseFramer framer =
        new SseFramer(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
    List<UpstreamEvent> events = new ArrayList<>();
    Optional<UpstreamEvent> event;
    while ((event = framer.next()).isPresent()) {
      events.add(event.get());
    }
    return events;
  }

  @Test
  void lfCrlfAndCrLineEndsAllEndEvents() throws IOException {
    assertThat(frame("data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: d\n\n"))
        .extracting(UpstreamEvent::data)
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void commentsAndKeepAlivesAreSkipped() throws IOException {
    assertThat(frame(": keep-alive\n\n:ping\ndata: x\n\n"))
        .containsExactly(new UpstreamEvent(null, "x"));
  }

  @Test
  void dataLinesJoinWithNewlineAndEventNamesAreKept() throws IOException {
    assertThat(frame("event: message_delta\ndata: {\"a\":\ndata: 1}\n\n"))
        .containsExactly(new UpstreamEvent("message_delta", "{\"a\":\n1}"));
  }

  @Test
  void exactlyOneSpaceAfterTheColonIsDropped() throws IOException {
    assertThat(frame("data:x\n\ndata:  y\n\n"))
        .extracting(UpstreamEvent::data)
        .containsExactly("x", " y");
  }

  @Test
  void aLastEventWithoutItsBlankLineCounts() throws IOException {
    assertThat(frame("data: [DONE]")).containsExactly(new UpstreamEvent(null, "[DONE]"));
  }

  @Test
  void anEventNameIsForgottenAfterItsEvent() throws IOException {
    assertThat(frame("event: ping\ndata: {}\n\ndata: next\n\n"))
        .containsExactly(new UpstreamEvent("ping", "{}"), new UpstreamEvent(null, "next"));
  }
}
