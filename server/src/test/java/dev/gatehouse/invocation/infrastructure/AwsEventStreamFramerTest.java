package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.UpstreamEvent;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsEventStreamFramerTest {
  private static final byte[] CHAT = Fixtures.bytes("amazon-bedrock", "chat.stream.eventstream");

  private static List<UpstreamEvent> all(InputStream in) throws IOException {
    AwsEventStreamFramer framer = new AwsEventStreamFramer(in);
    List<UpstreamEvent> events = new ArrayList<>();
    Optional<UpstreamEvent> event;
    while ((event = framer.next()).isPresent()) {
      events.add(event.get());
    }
    return events;
  }

  /** Hands out at most three bytes per read, as a slow network would. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  @Test
  void eventMessagesBecomeTheirEventTypeAndJsonPayload() throws IOException {
    List<UpstreamEvent> events = all(new ByteArrayInputStream(CHAT));

    assertThat(events)
        .extracting(UpstreamEvent::type)
        .containsExactly(
            "messageStart",
            "contentBlockDelta",
            "contentBlockDelta",
            "contentBlockStop",
            "messageStop",
            "metadata");
    assertThat(events.get(1).data())
        .isEqualTo("{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hello\"},\"p\":\"abcd\"}");
  }

  @Test
  void framesSplitAcrossReadsAreReassembled() throws IOException {
    assertThat(all(trickle(CHAT))).isEqualTo(all(new ByteArrayInputStream(CHAT)));
  }

  @Test
  void anExceptionMessageIsMarkedAsOne() throws IOException {
    List<UpstreamEvent> events =
        all(
            new ByteArrayInputStream(
                Fixtures.bytes("amazon-bedrock", "error-midstream.stream.eventstream")));

    UpstreamEvent last = events.get(events.size() - 1);
    assertThat(last.isException()).isTrue();
    assertThat(last.type()).isEqualTo("exception:modelStreamErrorException");
    assertThat(last.data()).contains("\"message\":\"Model stream error");
    assertThat(events.get(0).isException()).isFalse();
  }

  @Test
  void aCorruptMessageChecksumIsAnIoException() {
    byte[] corrupt = CHAT.clone();
    corrupt[100] ^= 0x01; // inside the first frame's payload

    assertThatThrownBy(() -> all(new ByteArrayInputStream(corrupt)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void aCorruptPreludeFailsAtOnceInsteadOfAwaitingItsLength() {
    byte[] corrupt = CHAT.clone();
    corrupt[1] = 0x7f; // the total length, now far beyond what follows

    assertThatThrownBy(() -> all(new ByteArrayInputStream(corrupt)))
        .isInstanceOf(IOException.class)
        .hasMessage("An event stream frame failed its prelude checksum.");
  }

  @Test
  void aTruncatedFrameIsAnEofNotACleanEnd() {
    byte[] truncated = Arrays.copyOf(CHAT, CHAT.length - 5);

    assertThatThrownBy(() -> all(trickle(truncated)))
        .isInstanceOf(EOFException.class)
        .hasMessage("The event stream ended inside a frame.");
    assertThatThrownBy(() -> all(new ByteArrayInputStream(Arrays.copyOf(CHAT, 7))))
        .isInstanceOf(EOFException.class)
        .hasMessage("The event stream ended inside a frame's prelude.");
  }
}
