package dev.gatehouse.providers.bedrock;

import static dev.gatehouse.providers.bedrock.BedrockFixtures.adapter;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.invocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.infrastructure.AwsEventStreamFramer;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.StreamTranslator.StreamFormat;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BedrockStreamTest {

  /** Every chunk of a checked-in stream, framed as the relay frames it. */
  private static List<ObjectNode> translate(StreamTranslator translator, String scenario)
      throws IOException {
    AwsEventStreamFramer framer =
        new AwsEventStreamFramer(new ByteArrayInputStream(BedrockFixtures.stream(scenario)));
    List<ObjectNode> chunks = new ArrayList<>();
    Optional<UpstreamEvent> event;
    while (!translator.finished() && (event = framer.next()).isPresent()) {
      chunks.addAll(translator.onEvent(event.get()));
    }
    return chunks;
  }

  private static JsonNode delta(ObjectNode chunk) {
    return chunk.path("choices").get(0).path("delta");
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat.stream", "tools.stream", "error-midstream.stream"})
  void checkedInStreamsAreTheirReadableSourceEncoded(String scenario) {
    assertThat(BedrockFixtures.stream(scenario)).isEqualTo(BedrockFixtures.encode(scenario));
  }

  @Test
  void textDeltasThenTheFinishChunkThenUsageFromMetadata() throws IOException {
    StreamTranslator translator =
        adapter().stream(invocation(Task.CHAT, "chat.invocation.json", true));
    List<ObjectNode> chunks = translate(translator, "chat.stream");

    assertThat(translator.format()).isEqualTo(StreamFormat.AWS_EVENT_STREAM);
    assertThat(chunks).hasSize(4);
    assertThat(delta(chunks.get(0)))
        .isEqualTo(Json.MAPPER.readTree("{\"role\":\"assistant\",\"content\":\"\"}"));
    assertThat(delta(chunks.get(1)).path("content").asString()).isEqualTo("Hello");
    assertThat(delta(chunks.get(2)).path("content").asString()).isEqualTo(" there!");
    assertThat(chunks.get(3).path("choices").get(0).path("finish_reason").asString())
        .isEqualTo("stop");
    assertThat(chunks)
        .allSatisfy(
            c -> {
              assertThat(c.path("object").asString()).isEqualTo("chat.completion.chunk");
              assertThat(c.path("model").asString()).isEqualTo("served");
              assertThat(c.path("id").asString()).isEqualTo(chunks.get(0).path("id").asString());
            });
    assertThat(translator.finished()).isTrue();
    assertThat(translator.usage()).isEqualTo(new Usage(12, 3, 15, false));
  }

  @Test
  void theStreamIsNotCompleteAtMessageStop() {
    StreamTranslator translator =
        adapter().stream(invocation(Task.CHAT, "chat.invocation.json", true));
    translator.onEvent(new UpstreamEvent("messageStop", "{\"stopReason\":\"end_turn\"}"));

    assertThat(translator.finished()).isFalse();
  }

  @Test
  void aStreamedToolUseBecomesOneToolCallWithArgumentFragments() throws IOException {
    StreamTranslator translator =
        adapter().stream(invocation(Task.CHAT, "tools.invocation.json", true));
    List<ObjectNode> chunks = translate(translator, "tools.stream");

    assertThat(chunks).hasSize(6);
    assertThat(delta(chunks.get(1)).path("content").asString()).isEqualTo("Checking.");
    assertThat(delta(chunks.get(2)).path("tool_calls"))
        .isEqualTo(
            Json.MAPPER.readTree(
                "[{\"index\":0,\"id\":\"tooluse_9\",\"type\":\"function\","
                    + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]"));
    String arguments =
        delta(chunks.get(3)).path("tool_calls").get(0).path("function").path("arguments").asString()
            + delta(chunks.get(4))
                .path("tool_calls")
                .get(0)
                .path("function")
                .path("arguments")
                .asString();
    assertThat(arguments).isEqualTo("{\"city\":\"Rome\"}");
    assertThat(chunks.get(5).path("choices").get(0).path("finish_reason").asString())
        .isEqualTo("tool_calls");
    assertThat(translator.usage()).isEqualTo(Usage.of(80, 22));
  }

  @Test
  void anExceptionFrameMidStreamIsTheProviderFailing() throws IOException {
    StreamTranslator translator =
        adapter().stream(invocation(Task.CHAT, "chat.invocation.json", true));

    assertThatThrownBy(() -> translate(translator, "error-midstream.stream"))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessage(
            "Amazon Bedrock reported modelStreamErrorException: Model stream error: the model"
                + " failed while generating.");
  }

  @Test
  void streamedCompletionsAreTextCompletionChunks() throws IOException {
    StreamTranslator translator =
        adapter().stream(invocation(Task.COMPLETIONS, "completions.invocation.json", true));
    List<ObjectNode> chunks = translate(translator, "chat.stream");

    assertThat(chunks).hasSize(3);
    assertThat(chunks)
        .allSatisfy(c -> assertThat(c.path("object").asString()).isEqualTo("text_completion"));
    assertThat(chunks.get(0).path("choices").get(0).path("text").asString()).isEqualTo("Hello");
    assertThat(chunks.get(2).path("choices").get(0).path("finish_reason").asString())
        .isEqualTo("stop");
  }
}
