package dev.gatehouse.providers.cohere;

import static dev.gatehouse.providers.StreamReplay.replay;
import static dev.gatehouse.providers.cohere.CohereFixtures.adapter;
import static dev.gatehouse.providers.cohere.CohereFixtures.invocation;
import static dev.gatehouse.providers.cohere.CohereFixtures.json;
import static dev.gatehouse.providers.cohere.CohereFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.StreamTranslator.StreamFormat;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CohereStreamTest {

  private static StreamTranslator chatStream() {
    return adapter().stream(invocation(Task.CHAT, "chat.request.json", true));
  }

  @Test
  void contentDeltasBecomeContentChunksAndMessageEndFinishes() {
    StreamTranslator translator = chatStream();

    JsonNode chunks = replay(translator, sse("stream-text.sse"));

    assertThat(translator.format()).isEqualTo(StreamFormat.SSE);
    assertThat(chunks).isEqualTo(json("stream-text.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(214, 3));
  }

  @Test
  void streamedToolCallsBecomeNumberedToolCallDeltasAndToolPlansNothing() {
    StreamTranslator translator = chatStream();

    JsonNode chunks = replay(translator, sse("stream-tool-call.sse"));

    assertThat(chunks).isEqualTo(json("stream-tool-call.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(1003, 48));
  }

  @Test
  void anEmulatedCompletionStreamsTextCompletionChunks() {
    StreamTranslator translator =
        adapter().stream(invocation(Task.COMPLETIONS, "completions.request.json", true));

    JsonNode chunks = replay(translator, sse("stream-text.sse"));

    assertThat(chunks).isEqualTo(json("stream-completions.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(214, 3));
  }

  @Test
  void anErrorFinishEndsTheStreamWithASafeMessage() {
    StreamTranslator translator = chatStream();
    List<UpstreamEvent> events = sse("stream-error.sse");
    List<ObjectNode> before = new ArrayList<>();
    for (UpstreamEvent event : events.subList(0, events.size() - 1)) {
      before.addAll(translator.onEvent(event));
    }

    assertThat(before).hasSize(2);
    assertThat(before.get(1).at("/choices/0/delta/content").asString()).isEqualTo("Partial");
    assertThatThrownBy(() -> translator.onEvent(events.get(events.size() - 1)))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessage(
            "Cohere ended the stream with ERROR: internal error while generating, see"
                + " [redacted]");
  }

  @Test
  void aStreamWithoutUsageIsEstimatedAndATrailingDoneIsAccepted() {
    StreamTranslator translator = chatStream();
    translator.onEvent(
        new UpstreamEvent(
            "content-delta",
            "{\"type\":\"content-delta\",\"index\":0,"
                + "\"delta\":{\"message\":{\"content\":{\"text\":\"Hello\"}}}}"));
    translator.onEvent(
        new UpstreamEvent(
            "message-end",
            "{\"type\":\"message-end\",\"delta\":{\"finish_reason\":\"MAX_TOKENS\"}}"));
    translator.onEvent(new UpstreamEvent(null, "[DONE]"));

    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage().estimated()).isTrue();
    assertThat(translator.usage().completionTokens()).isEqualTo(Usage.estimateTokens("Hello"));
  }

  @Test
  void anEventThatIsNotJsonIsAStreamErrorWithoutItsData() {
    StreamTranslator translator = chatStream();

    assertThatThrownBy(() -> translator.onEvent(new UpstreamEvent("content-delta", "{oops")))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessage("Cohere sent a stream event that is not JSON.");
  }
}
