package dev.gatehouse.providers.bedrock;

import static dev.gatehouse.providers.bedrock.BedrockFixtures.adapter;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.invocation;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Usage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class BedrockAnswerTest {
  private static final Map<String, List<String>> HEADERS =
      Map.of(
          "Content-Type", List.of("application/json"),
          "x-amzn-RequestId", List.of("0f6a1b2c-3d4e-5f60-7a8b-9c0d1e2f3a4b"));

  /** As a client reads it: numbers compare by value, not by Java type. */
  private static JsonNode reparsed(JsonNode node) {
    return Json.MAPPER.readTree(node.toString());
  }

  @Test
  void aConverseAnswerIsAChatCompletionWithCachedTokensInThePrompt() {
    Answer answer =
        adapter()
            .answer(
                invocation(Task.CHAT, "chat.invocation.json", false),
                response(200, "chat.converse-response.json", HEADERS));

    assertThat(reparsed(answer.body()))
        .isEqualTo(
            Json.MAPPER.readTree(
                """
                {"id":"0f6a1b2c-3d4e-5f60-7a8b-9c0d1e2f3a4b","object":"chat.completion",
                 "created":1768472430,"model":"served",
                 "choices":[{"index":0,"message":{"role":"assistant",
                   "content":"I am Claude, an AI assistant."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":22,"completion_tokens":9,"total_tokens":31}}
                """));
    assertThat(answer.usage()).isEqualTo(new Usage(22, 9, 31, false));
  }

  @Test
  void toolUseBecomesToolCallsWithArgumentsAsAJsonString() {
    Answer answer =
        adapter()
            .answer(
                invocation(Task.CHAT, "tools.invocation.json", false),
                response(200, "tools.converse-response.json", HEADERS));

    assertThat(answer.body().path("choices").get(0))
        .isEqualTo(
            Json.MAPPER.readTree(
                """
                {"index":0,"message":{"role":"assistant","content":"Let me check.",
                  "tool_calls":[{"id":"tooluse_2","type":"function",
                    "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Rome\\"}"}}]},
                 "finish_reason":"tool_calls"}
                """));
    assertThat(answer.usage()).isEqualTo(Usage.of(120, 25));
  }

  @Test
  void completionsAnswerATextCompletion() {
    Answer answer =
        adapter()
            .answer(
                invocation(Task.COMPLETIONS, "completions.invocation.json", false),
                response(200, "completions.converse-response.json", HEADERS));

    assertThat(answer.body().path("object").asString()).isEqualTo("text_completion");
    assertThat(answer.body().path("choices").get(0))
        .isEqualTo(
            Json.MAPPER.readTree("{\"index\":0,\"text\":\"Hello!\",\"finish_reason\":\"length\"}"));
    assertThat(answer.usage()).isEqualTo(Usage.of(3, 2));
  }

  @Test
  void titanEmbeddingsCountTheirInputTokens() {
    Answer answer =
        adapter()
            .answer(
                invocation(Task.EMBEDDINGS, "embeddings-titan.invocation.json", false),
                response(200, "embeddings-titan.invoke-response.json", HEADERS));

    assertThat(reparsed(answer.body()))
        .isEqualTo(
            Json.MAPPER.readTree(
                """
                {"object":"list","data":[{"object":"embedding","index":0,
                  "embedding":[0.0123,-0.0456,0.0789]}],
                 "model":"served","usage":{"prompt_tokens":3,"total_tokens":3}}
                """));
    assertThat(answer.usage()).isEqualTo(Usage.of(3, 0));
  }

  @Test
  void cohereEmbeddingsTakeTheirUsageFromTheTokenCountHeader() {
    Map<String, List<String>> headers =
        Map.of(
            "Content-Type", List.of("application/json"),
            "X-Amzn-Bedrock-Input-Token-Count", List.of("6"));
    Answer answer =
        adapter()
            .answer(
                invocation(Task.EMBEDDINGS, "embeddings-cohere.invocation.json", false),
                response(200, "embeddings-cohere.invoke-response.json", headers));

    assertThat(answer.body().path("data")).hasSize(2);
    assertThat(answer.body().path("data").get(1).path("embedding"))
        .isEqualTo(Json.MAPPER.readTree("[0.033,0.044]"));
    assertThat(reparsed(answer.body().path("usage")))
        .isEqualTo(Json.MAPPER.readTree("{\"prompt_tokens\":6,\"total_tokens\":6}"));
    assertThat(answer.usage()).isEqualTo(Usage.of(6, 0));
  }

  @Test
  void cohereEmbeddingsWithoutTheHeaderAreEstimated() {
    Answer answer =
        adapter()
            .answer(
                invocation(Task.EMBEDDINGS, "embeddings-cohere.invocation.json", false),
                response(200, "embeddings-cohere.invoke-response.json", Map.of()));

    assertThat(answer.usage().estimated()).isTrue();
    assertThat(answer.body().path("usage").path("estimated").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "end_turn, stop",
    "stop_sequence, stop",
    "max_tokens, length",
    "tool_use, tool_calls",
    "guardrail_intervened, content_filter",
    "content_filtered, content_filter",
    "model_context_window_exceeded, length"
  })
  void stopReasonsMapToOpenAiFinishReasons(String stopReason, String finishReason) {
    assertThat(BedrockResponseMapper.finishReason(stopReason)).isEqualTo(finishReason);
  }

  @Test
  void aBodyThatIsNotJsonIsTheProvidersFailure() {
    assertThatThrownBy(
            () ->
                adapter()
                    .answer(
                        invocation(Task.CHAT, "chat.invocation.json", false),
                        new dev.gatehouse.providers.UpstreamResponse(
                            200, HEADERS, "<html>".getBytes())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Amazon Bedrock answered with a body that is not JSON.");
  }
}
