package dev.gatehouse.providers.anthropic;

import static dev.gatehouse.providers.Fixtures.object;
import static dev.gatehouse.providers.Fixtures.wire;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.adapter;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.invocation;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.json;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicAnswerTest {
  private static final Map<String, List<String>> JSON =
      Map.of("content-type", List.of("application/json"), "request-id", List.of("req_01"));

  private static Answer answer(Task task, String scenario) {
    Invocation call = invocation(task, scenario + ".request.json", false);
    return adapter().answer(call, response(200, scenario + ".response.json", JSON));
  }

  @Test
  void aTextMessageBecomesAChatCompletion() {
    Answer answer = answer(Task.CHAT, "chat");

    assertThat(wire(answer.body())).isEqualTo(json("chat.expected.json"));
    assertThat(answer.usage()).isEqualTo(new Usage(14, 10, 24, false));
  }

  @Test
  void cachedInputTokensCountAsPromptTokens() {
    Answer answer = answer(Task.CHAT, "system");

    assertThat(wire(answer.body())).isEqualTo(json("system.expected.json"));
    assertThat(answer.usage()).isEqualTo(new Usage(143, 3, 146, false));
  }

  @Test
  void aToolUseBecomesAToolCallWithArgumentsAsAJsonString() {
    Answer answer = answer(Task.CHAT, "tool-call");

    assertThat(wire(answer.body())).isEqualTo(json("tool-call.expected.json"));
    assertThat(answer.body().at("/choices/0/message/tool_calls/0/function/arguments").isString())
        .isTrue();
  }

  @Test
  void anEmulatedCompletionBecomesATextCompletion() {
    Answer answer = answer(Task.COMPLETIONS, "completions");

    assertThat(wire(answer.body())).isEqualTo(json("completions.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(11, 16));
  }

  @Test
  void withoutUsageTheTokensAreEstimatedAndMarkedSo() {
    Invocation call = invocation(Task.COMPLETIONS, object("{\"prompt\":\"0123456\"}"));
    byte[] body =
        """
        {"id":"msg_x","type":"message","role":"assistant","content":[
          {"type":"thinking","thinking":"hmm","signature":"sig"},
          {"type":"text","text":"abc"},{"type":"text","text":"defghij"}],
         "stop_reason":"end_turn"}
        """
            .getBytes(StandardCharsets.UTF_8);

    Answer answer = adapter().answer(call, new UpstreamResponse(200, JSON, body));

    assertThat(answer.body().at("/choices/0/text").asString()).isEqualTo("abcdefghij");
    assertThat(answer.usage()).isEqualTo(new Usage(2, 2, 4, true));
    assertThat(wire(answer.body().get("usage")))
        .isEqualTo(object("{\"prompt_tokens\":2,\"completion_tokens\":2,\"total_tokens\":4}"));
  }

  @ParameterizedTest
  @CsvSource({
    "end_turn, stop",
    "stop_sequence, stop",
    "pause_turn, stop",
    "max_tokens, length",
    "model_context_window_exceeded, length",
    "tool_use, tool_calls",
    "refusal, content_filter"
  })
  void stopReasonsMapToFinishReasons(String stopReason, String finishReason) {
    assertThat(AnthropicResponseMapper.finishReason(stopReason)).isEqualTo(finishReason);
  }

  @Test
  void aBodyThatIsNotAMessageFailsWithoutEchoingIt() {
    Invocation call = invocation(Task.CHAT, "chat.request.json", false);
    UpstreamResponse html =
        new UpstreamResponse(
            200, JSON, "<html>secret proxy page</html>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> adapter().answer(call, html))
        .hasMessage("Anthropic answered with a body that is not a message.");
  }
}
