package dev.gatehouse.providers.openai;

import static dev.gatehouse.providers.Fixtures.invocation;
import static dev.gatehouse.providers.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.infrastructure.SseFramer;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class OpenAiStreamTranslatorTest {

  private static List<ObjectNode> translate(StreamTranslator translator, String provider)
      throws Exception {
    SseFramer framer =
        new SseFramer(new ByteArrayInputStream(Fixtures.bytes(provider, "chat.stream.sse")));
    List<ObjectNode> chunks = new ArrayList<>();
    Optional<UpstreamEvent> event;
    while (!translator.finished() && (event = framer.next()).isPresent()) {
      chunks.addAll(translator.onEvent(event.get()));
    }
    return chunks;
  }

  @Test
  void openAiChunksPassThroughAndTheUsageChunkIsKeptBack() throws Exception {
    StreamTranslator translator =
        new OpenAiStreamTranslator(
            invocation(Task.CHAT, json("openai", "chat.invocation.json"), true));

    List<ObjectNode> chunks = translate(translator, "openai");

    assertThat(translator.finished()).isTrue();
    assertThat(chunks).hasSize(4);
    assertThat(chunks).allSatisfy(c -> assertThat(c.has("usage")).isFalse());
    assertThat(chunks.get(1).path("choices").get(0).path("delta").path("content").asString())
        .isEqualTo("Hi");
    assertThat(chunks.get(3).path("choices").get(0).path("finish_reason").asString())
        .isEqualTo("stop");
    assertThat(translator.usage()).isEqualTo(Usage.of(19, 2));
  }

  @Test
  void azuresFilterOnlyFirstChunkIsDroppedAndUsageEstimated() throws Exception {
    StreamTranslator translator =
        new OpenAiStreamTranslator(
            invocation(Task.CHAT, json("openai", "chat.invocation.json"), true));

    List<ObjectNode> chunks = translate(translator, "azure-openai");

    assertThat(chunks).hasSize(3);
    assertThat(chunks.get(0).path("id").asString()).isEqualTo("chatcmpl-Az1");
    Usage usage = translator.usage();
    assertThat(usage.estimated()).isTrue();
    // "Be brief." + "Say hi" = 15 characters; "Hello" = 5.
    assertThat(usage.promptTokens()).isEqualTo(4);
    assertThat(usage.completionTokens()).isEqualTo(1);
  }

  @Test
  void anErrorEventEndsTheStream() {
    StreamTranslator translator =
        new OpenAiStreamTranslator(
            invocation(Task.CHAT, json("openai", "chat.invocation.json"), true));

    assertThatThrownBy(
            () ->
                translator.onEvent(
                    new UpstreamEvent(
                        null,
                        "{\"error\":{\"message\":\"The server had an error while processing your"
                            + " request.\",\"type\":\"server_error\"}}")))
        .isInstanceOf(UpstreamStreamException.class)
        .hasMessageContaining("The server had an error");
  }
}
