package dev.gatehouse.providers.vertex;

import static dev.gatehouse.providers.Fixtures.object;
import static dev.gatehouse.providers.StreamReplay.replay;
import static dev.gatehouse.providers.vertex.VertexFixtures.adapter;
import static dev.gatehouse.providers.vertex.VertexFixtures.invocation;
import static dev.gatehouse.providers.vertex.VertexFixtures.json;
import static dev.gatehouse.providers.vertex.VertexFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.StreamTranslator.StreamFormat;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class VertexStreamTest {

  private static StreamTranslator chatStream() {
    return adapter().stream(invocation(Task.CHAT, "chat.request.json", true));
  }

  @Test
  void crlfFramedEventsBecomeContentChunksAndTheFinishReasonCompletesTheStream() {
    StreamTranslator translator = chatStream();
    List<UpstreamEvent> events = sse("stream-text.sse");

    JsonNode chunks = replay(translator, events);

    assertThat(events).hasSize(3);
    assertThat(translator.format()).isEqualTo(StreamFormat.SSE);
    assertThat(chunks).isEqualTo(json("stream-text.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(new Usage(14, 3, 17, false));
  }

  @Test
  void streamedFunctionCallsBecomeNumberedToolCallsFinishedByToolCalls() {
    StreamTranslator translator =
        adapter().stream(invocation(Task.CHAT, "tool-call.request.json", true));

    JsonNode chunks = replay(translator, sse("stream-tool-call.sse"));

    assertThat(chunks).isEqualTo(json("stream-tool-call.expected.json"));
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(new Usage(97, 31, 128, false));
  }

  @Test
  void anEmulatedCompletionStreamsTextCompletionChunks() {
    StreamTranslator translator =
        adapter().stream(invocation(Task.COMPLETIONS, "completions.request.json", true));

    JsonNode chunks = replay(translator, sse("stream-text.sse"));

    assertThat(chunks).isEqualTo(json("stream-completions.expected.json"));
    assertThat(translator.finished()).isTrue();
  }

  @Test
  void anErrorMidStreamEndsItWithASafeMessage() {
    StreamTranslator translator = chatStream();
    List<UpstreamEvent> events = sse("stream-error.sse");

    List<ObjectNode> before = translator.onEvent(events.get(0));

    assertThat(before).hasSize(1);
    assertThat(before.get(0).at("/choices/0/delta/content").asString()).isEqualTo("Partial");
    assertThat(translator.finished()).isFalse();
    assertThatThrownBy(() -> translator.onEvent(events.get(1)))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessage(
            "Vertex AI ended the stream with an error: Vertex AI: The service is currently"
                + " unavailable. [redacted] see [url] (UNAVAILABLE)")
        .hasMessageNotContaining("ya29");
  }

  @Test
  void aBlockedPromptFinishesTheStreamWithContentFilter() {
    StreamTranslator translator = chatStream();

    List<ObjectNode> chunks =
        translator.onEvent(
            new UpstreamEvent(
                null,
                "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"},"
                    + "\"usageMetadata\":{\"promptTokenCount\":5,\"totalTokenCount\":5}}"));

    assertThat(chunks).hasSize(1);
    assertThat(chunks.get(0).at("/choices/0/finish_reason").asString()).isEqualTo("content_filter");
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(Usage.of(5, 0));
  }

  @Test
  void severalCandidatesFinishOnlyWhenEachHas() {
    Invocation call =
        new Invocation(
            Task.CHAT,
            object("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"n\":2}"),
            true,
            "gemini");
    StreamTranslator translator = adapter().stream(call);

    translator.onEvent(
        new UpstreamEvent(
            null,
            "{\"candidates\":[{\"index\":1,\"content\":{\"parts\":[{\"text\":\"B\"}]},"
                + "\"finishReason\":\"STOP\"}]}"));
    boolean afterOne = translator.finished();
    List<ObjectNode> last =
        translator.onEvent(
            new UpstreamEvent(
                null,
                "{\"candidates\":[{\"index\":0,\"content\":{\"parts\":[{\"text\":\"A\"}]},"
                    + "\"finishReason\":\"MAX_TOKENS\"}]}"));

    assertThat(afterOne).isFalse();
    assertThat(translator.finished()).isTrue();
    assertThat(last.get(0).at("/choices/0/index").asInt()).isZero();
    assertThat(last.get(1).at("/choices/0/finish_reason").asString()).isEqualTo("length");
    assertThat(translator.usage().estimated()).isTrue();
  }

  @Test
  void anEventThatIsNotJsonIsAStreamErrorWithoutItsData() {
    StreamTranslator translator = chatStream();

    assertThatThrownBy(() -> translator.onEvent(new UpstreamEvent(null, "{oops")))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessage("Vertex AI sent a stream event that is not JSON.");
  }
}
