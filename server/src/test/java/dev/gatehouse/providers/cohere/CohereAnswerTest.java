package dev.gatehouse.providers.cohere;

import static dev.gatehouse.providers.Fixtures.wire;
import static dev.gatehouse.providers.cohere.CohereFixtures.adapter;
import static dev.gatehouse.providers.cohere.CohereFixtures.invocation;
import static dev.gatehouse.providers.cohere.CohereFixtures.json;
import static dev.gatehouse.providers.cohere.CohereFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohereAnswerTest {
  private static final Map<String, List<String>> JSON =
      Map.of("content-type", List.of("application/json"));

  private static Answer answer(Task task, String request, String response) {
    return adapter()
        .answer(invocation(task, request, false), CohereFixtures.response(200, response, JSON));
  }

  private static Answer answer(Task task, String request, byte[] body) {
    return adapter()
        .answer(invocation(task, request, false), new UpstreamResponse(200, JSON, body));
  }

  @Test
  void aChatAnswerBecomesAChatCompletionWithTokensUsage() {
    Answer answer = answer(Task.CHAT, "chat.request.json", "chat.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("chat.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(214, 3));
  }

  @Test
  void toolCallsKeepTheirArgumentsStringAndFinishAsToolCalls() {
    Answer answer = answer(Task.CHAT, "tool-call.request.json", "tool-call.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("tool-call.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(1003, 48));
  }

  @Test
  void anEmulatedCompletionIsATextCompletionWithBilledUnitsAsFallback() {
    Answer answer =
        answer(Task.COMPLETIONS, "completions.request.json", "completions.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("completions.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(4, 16));
  }

  @Test
  void embeddingsBecomeAListWithBilledInputTokens() {
    Answer answer = answer(Task.EMBEDDINGS, "embeddings.request.json", "embeddings.response.json");

    assertThat(wire(answer.body())).isEqualTo(json("embeddings.expected.json"));
    assertThat(answer.usage()).isEqualTo(Usage.of(2, 0));
  }

  @Test
  void anAnswerWithoutUsageIsEstimated() {
    byte[] body =
        ("{\"id\":\"x\",\"finish_reason\":\"STOP_SEQUENCE\",\"message\":{\"role\":\"assistant\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"Hello!\"}]}}")
            .getBytes(StandardCharsets.UTF_8);

    Answer answer = answer(Task.CHAT, "chat.request.json", body);

    assertThat(answer.usage().estimated()).isTrue();
    assertThat(answer.usage().completionTokens()).isEqualTo(Usage.estimateTokens("Hello!"));
    assertThat(answer.body().at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(answer.body().at("/usage/total_tokens").asLong())
        .isEqualTo(answer.usage().totalTokens());
  }

  @Test
  void anErrorOrTimeoutFinishIsAFailureNotAnAnswer() {
    for (String reason : List.of("ERROR", "TIMEOUT")) {
      byte[] body =
          ("{\"id\":\"x\",\"finish_reason\":\"" + reason + "\",\"message\":{\"content\":[]}}")
              .getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> answer(Task.CHAT, "chat.request.json", body))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Cohere ended the answer with " + reason + ".");
    }
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedWithoutEchoingIt() {
    byte[] body = "<html>secret</html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> answer(Task.CHAT, "chat.request.json", body))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cohere answered with a body that is not JSON.");
  }

  @Test
  void responseFixturesAreReadable() {
    assertThat(response(200, "chat.response.json", JSON).successful()).isTrue();
  }
}
