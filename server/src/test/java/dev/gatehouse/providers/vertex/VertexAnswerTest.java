package dev.gatehouse.providers.vertex;

import static dev.gatehouse.providers.Fixtures.wire;
import static dev.gatehouse.providers.vertex.VertexFixtures.JSON;
import static dev.gatehouse.providers.vertex.VertexFixtures.adapter;
import static dev.gatehouse.providers.vertex.VertexFixtures.invocation;
import static dev.gatehouse.providers.vertex.VertexFixtures.json;
import static dev.gatehouse.providers.vertex.VertexFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VertexAnswerTest {

  private static Answer answer(Task task, String request, String response) {
    return adapter().answer(invocation(task, request, false), response(200, response));
  }

  private static Answer answerOf(Task task, String request, String... body) {
    return adapter()
        .answer(
            invocation(task, request, false),
            new UpstreamResponse(
                200, JSON, String.join("", body).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aChatAnswerSkipsThoughtsAndCountsThemAsCompletionTokens() {
    Answer answer = answer(Task.CHAT, "chat.request.json", "chat.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("chat.expected.json"));
    assertThat(answer.usage()).isEqualTo(new Usage(14, 15, 29, false));
  }

  @Test
  void stopWithAFunctionCallIsAToolCallWithAGeneratedIdAndStringArguments() {
    Answer answer = answer(Task.CHAT, "tool-call.request.json", "tool-call.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("tool-call.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(97, 6));
  }

  @Test
  void anEmulatedCompletionIsATextCompletionAndMaxTokensIsLength() {
    Answer answer =
        answer(Task.COMPLETIONS, "completions.request.json", "completions.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("completions.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(4, 20));
  }

  @Test
  void predictionsBecomeEmbeddingsWithSummedTokenCounts() {
    Answer answer = answer(Task.EMBEDDINGS, "embeddings.request.json", "embeddings.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("embeddings.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(8, 0));
  }

  @Test
  void aBlockedPromptIsAnEmptyContentFilterAnswer() {
    Answer answer = answer(Task.CHAT, "chat.request.json", "blocked-prompt.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("blocked-prompt.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(11, 0));
  }

  @Test
  void functionCallIdsFromNewerModelsAreKept() {
    Answer answer =
        answerOf(
            Task.CHAT,
            "tool-call.request.json",
            "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Let me",
            " check.\"},{\"functionCall\":{\"id\":\"fc-1\",\"name\":\"now\"}}]},",
            "\"finishReason\":\"STOP\"}],\"responseId\":\"r\"}");

    assertThat(answer.body().at("/choices/0/message/content").asString())
        .isEqualTo("Let me check.");
    assertThat(answer.body().at("/choices/0/message/tool_calls/0/id").asString()).isEqualTo("fc-1");
    assertThat(answer.body().at("/choices/0/message/tool_calls/0/function/arguments").asString())
        .isEqualTo("{}");
    assertThat(answer.body().at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
    assertThat(answer.usage().estimated()).isTrue();
  }

  @Test
  void safetyIsContentFilterAndSeveralCandidatesAreSeveralChoices() {
    Answer answer =
        answerOf(
            Task.CHAT,
            "chat.request.json",
            "{\"candidates\":[",
            "{\"index\":0,\"content\":{\"parts\":[{\"text\":\"A\"}]},\"finishReason\":\"STOP\"},",
            "{\"index\":1,\"content\":{\"parts\":[]},\"finishReason\":\"SAFETY\"}],",
            "\"usageMetadata\":{\"promptTokenCount\":3,\"candidatesTokenCount\":1}}");

    assertThat(answer.body().at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(answer.body().at("/choices/1/index").asInt()).isEqualTo(1);
    assertThat(answer.body().at("/choices/1/finish_reason").asString()).isEqualTo("content_filter");
    assertThat(answer.usage()).isEqualTo(Usage.of(3, 1));
  }

  @Test
  void anAnswerWithoutCandidatesOrJsonIsUnusable() {
    assertThatThrownBy(() -> answerOf(Task.CHAT, "chat.request.json", "{\"responseId\":\"r\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Vertex AI answered with no candidates.");
    assertThatThrownBy(() -> answerOf(Task.CHAT, "chat.request.json", "<html>"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Vertex AI answered with a body that is not JSON.");
  }
}
