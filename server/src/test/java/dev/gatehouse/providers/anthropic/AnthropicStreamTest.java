package dev.gatehouse.providers.anthropic;

import static dev.gatehouse.providers.Fixtures.object;
import static dev.gatehouse.providers.StreamReplay.replay;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.adapter;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.invocation;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.json;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Invocation;
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

class AnthropicStreamTest {

  private static StreamTranslator chatStream() {
    return adapter().stream(invocation(Task.CHAT, "chat.request.json", true));
  }

  @Test
  void textDeltasBecomeContentChunksAndPingsNothing() {
    StreamTranslator translator = chatStream();

    JsonNode chunks = replay(translator, sse("stream-text.sse"));

    assertThat(translator.format()).isEqualTo(StreamFormat.SSE);
    assertThat(chunks).isEqualTo(json("stream-text.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(new Usage(30, 4, 34, false));
  }

  @Test
  void aStreamedToolUseBecomesToolCallDeltas() {
    StreamTranslator translator = chatStream();

    JsonNode chunks = replay(translator, sse("stream-tool-call.sse"));

    assertThat(chunks).isEqualTo(json("stream-tool-call.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(472, 89));
  }

  @Test
  void anEmulatedCompletionStreamsTextCompletionChunks() {
    StreamTranslator translator =
        adapter().stream(invocation(Task.COMPLETIONS, "completions.request.json", true));

    JsonNode chunks = replay(translator, sse("stream-text.sse"));

    assertThat(chunks).isEqualTo(json("stream-completions.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(30, 4));
  }

  @Test
  void anErrorEventMidStreamEndsItWithASafeMessage() {
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
        .hasMessage("Anthropic ended the stream with overloaded_error: Overloaded");
    assertThat(translator.finished()).isFalse();
  }

  @Test
  void cumulativeUsageRepeatedInMessageDeltaIsPreferred() {
    StreamTranslator translator = chatStream();
    translator.onEvent(
        new UpstreamEvent(
            "message_start",
            "{\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"usage\":"
                + "{\"input_tokens\":10,\"cache_read_input_tokens\":100,\"output_tokens\":1}}}"));
    translator.onEvent(
        new UpstreamEvent(
            "message_delta",
            "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"max_tokens\"},\"usage\":"
                + "{\"input_tokens\":12,\"output_tokens\":50}}"));
    translator.onEvent(new UpstreamEvent("message_stop", "{\"type\":\"message_stop\"}"));

    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(112, 50));
  }

  @Test
  void aMessageDeltaWithoutStopReasonCarriesNoFinishChunk() {
    StreamTranslator translator = chatStream();

    List<ObjectNode> chunks =
        translator.onEvent(
            new UpstreamEvent(
                "message_delta",
                "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":null},"
                    + "\"usage\":{\"output_tokens\":7}}"));

    assertThat(chunks).isEmpty();
    assertThat(translator.usage()).isEqualTo(Usage.of(0, 7));
  }

  @Test
  void eventsWithoutAnEventLineAreReadByTheirDataTypeAndUnknownOnesSkipped() {
    StreamTranslator translator = chatStream();

    List<ObjectNode> chunks =
        translator.onEvent(
            new UpstreamEvent(
                null,
                "{\"type\":\"content_block_delta\",\"index\":0,"
                    + "\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}"));

    assertThat(chunks).hasSize(1);
    assertThat(translator.onEvent(new UpstreamEvent("brand_new_event", "{\"type\":\"x\"}")))
        .isEmpty();
    assertThat(
            translator.onEvent(
                new UpstreamEvent(
                    "content_block_delta",
                    "{\"type\":\"content_block_delta\",\"index\":0,"
                        + "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"hm\"}}")))
        .isEmpty();
  }

  @Test
  void withoutUsageTheStreamsTokensAreEstimated() {
    Invocation call = invocation(Task.COMPLETIONS, object("{\"prompt\":\"0123456\"}"));
    StreamTranslator translator = adapter().stream(call);
    translator.onEvent(
        new UpstreamEvent(
            "content_block_delta",
            "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":\"abcdefghij\"}}"));
    translator.onEvent(new UpstreamEvent("message_stop", "{\"type\":\"message_stop\"}"));

    assertThat(translator.usage()).isEqualTo(new Usage(2, 2, 4, true));
  }

  @Test
  void dataThatIsNotJsonFailsTheStreamWithoutEchoingIt() {
    assertThatThrownBy(() -> chatStream().onEvent(new UpstreamEvent("message_start", "{oops")))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessage("Anthropic sent a stream event that is not JSON.");
  }
}
