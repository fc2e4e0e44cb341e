package dev.gatehouse.providers.ai21labs;

import static dev.gatehouse.providers.Fixtures.bytes;
import static dev.gatehouse.providers.Fixtures.invocation;
import static dev.gatehouse.providers.Fixtures.json;
import static dev.gatehouse.providers.Fixtures.parse;
import static dev.gatehouse.providers.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.infrastructure.SseFramer;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UnsupportedInvocationException;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class Ai21LabsAdapterTest {
  private static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
  private final Ai21LabsAdapter adapter =
      new Ai21LabsAdapter("https://ai21.test", Clock.fixed(NOW, ZoneOffset.UTC));
  private final ProviderTarget jamba =
      target(
          ProviderKind.AI21LABS,
          "jamba-large",
          "llm/v1/chat",
          "{\"ai21labs_api_key\":\"{{secrets/llm/ai21}}\"}");

  private Invocation chat(boolean stream) {
    ObjectNode body = json("openai", "chat.invocation.json");
    body.put("seed", 7).put("presence_penalty", 0.5);
    return invocation(Task.CHAT, body, stream);
  }

  @Test
  void chatGoesToJambasPathWithABearerKeyAndWithoutOpenAiOnlyFields() {
    UpstreamRequest request = adapter.request(chat(false), jamba);

    assertThat(request.uri()).hasToString("https://ai21.test/studio/v1/chat/completions");
    assertThat(request.headers()).containsEntry("Authorization", "Bearer secret:ai21labs_api_key");
    JsonNode body = parse(request.body());
    assertThat(body.path("model").asString()).isEqualTo("jamba-large");
    assertThat(body.path("messages").size()).isEqualTo(2);
    assertThat(body.path("max_tokens").asInt()).isEqualTo(16);
    assertThat(body.has("seed")).isFalse();
    assertThat(body.has("presence_penalty")).isFalse();
  }

  @Test
  void aStreamAsksForNoStreamOptionsSinceUsageComesOnTheLastChunk() {
    JsonNode body = parse(adapter.request(chat(true), jamba).body());

    assertThat(body.path("stream").asBoolean()).isTrue();
    assertThat(body.has("stream_options")).isFalse();
  }

  @Test
  void completionsAndEmbeddingsAreUnsupported() {
    for (Task task : List.of(Task.COMPLETIONS, Task.EMBEDDINGS)) {
      ObjectNode body = json("openai", "embeddings.invocation.json");
      assertThatThrownBy(() -> adapter.request(invocation(task, body, false), jamba))
          .isInstanceOf(UnsupportedInvocationException.class)
          .hasMessageContaining("AI21 Labs serves chat only");
    }
  }

  @Test
  void anAnswerWithoutObjectAndCreatedGetsThem() {
    Answer answer =
        adapter.answer(
            chat(false),
            new UpstreamResponse(200, Map.of(), bytes("ai21labs", "chat.response.json")));

    assertThat(answer.body().path("object").asString()).isEqualTo("chat.completion");
    assertThat(answer.body().path("created").asLong()).isEqualTo(NOW.getEpochSecond());
    assertThat(answer.body().at("/choices/0/message/content").asString()).isEqualTo("Bonjour !");
    assertThat(answer.body().at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(answer.usage().totalTokens()).isEqualTo(18);
    assertThat(answer.usage().estimated()).isFalse();
  }

  @Test
  void aValidationErrorIsABadRequestWithJambasExplanation() {
    UpstreamFailure failure =
        adapter.failure(
            new UpstreamResponse(422, Map.of(), bytes("ai21labs", "unprocessable.error.json")));

    assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.BAD_REQUEST);
    assertThat(failure.message()).contains("less than or equal to 4096");
  }

  @Test
  void theStreamEndsAtDoneWithTheUsageOfItsLastChunk() throws Exception {
    StreamTranslator translator = adapter.stream(chat(true));
    SseFramer framer =
        new SseFramer(new ByteArrayInputStream(bytes("ai21labs", "chat.stream.sse")));
    List<ObjectNode> chunks = new ArrayList<>();
    Optional<UpstreamEvent> event;
    while (!translator.finished() && (event = framer.next()).isPresent()) {
      chunks.addAll(translator.onEvent(event.get()));
    }

    assertThat(translator.finished()).isTrue();
    assertThat(chunks)
        .extracting(c -> c.at("/choices/0/delta/content").asString(""))
        .contains("Bon", "jour");
    assertThat(translator.usage().totalTokens()).isEqualTo(16);
  }
}
