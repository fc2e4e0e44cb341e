package dev.gatehouse.invocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Usage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class StreamCaptureTest {
  private static ObjectNode chunk(String json) {
    return (ObjectNode)
        Json.MAPPER.readTree(
            "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":7,\"model\":\"m\","
                + "\"choices\":["
                + json
                + "]}");
  }

  @Test
  void chatChunksBecomeOneCompletionWithTextFinishReasonAndUsage() {
    StreamCapture capture = new StreamCapture(Task.CHAT, 100);
    capture.chunk(chunk("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}"));
    capture.chunk(chunk("{\"index\":0,\"delta\":{\"content\":\"Hel\"}}"));
    capture.chunk(chunk("{\"index\":0,\"delta\":{\"content\":\"lo\"}}"));
    capture.chunk(chunk("{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}"));

    JsonNode answer = capture.answer(Usage.of(5, 2));

    assertThat(answer.toString())
        .isEqualTo(
            "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":7,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"Hello\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}");
    assertThat(capture.cut()).isFalse();
  }

  @Test
  void toolCallDeltasAreJoinedByIndexAndChoicesKeptApart() {
    StreamCapture capture = new StreamCapture(Task.CHAT, 100);
    capture.chunk(
        chunk(
            "{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"ci\"}}]}}"));
    capture.chunk(
        chunk(
            "{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,"
                + "\"function\":{\"arguments\":\"ty\\\":1}\"}}]}}"));
    capture.chunk(
        chunk("{\"index\":1,\"delta\":{\"content\":\"other\"},\"finish_reason\":\"stop\"}"));

    JsonNode choices = capture.answer(null).path("choices");

    JsonNode call = choices.get(0).path("message").path("tool_calls").get(0);
    assertThat(call.path("id").asString()).isEqualTo("call_1");
    assertThat(call.path("function").path("name").asString()).isEqualTo("weather");
    assertThat(call.path("function").path("arguments").asString()).isEqualTo("{\"city\":1}");
    assertThat(choices.get(1).path("message").path("content").asString()).isEqualTo("other");
  }

  @Test
  void textStopsGrowingAtTheCapAndSaysSo() {
    StreamCapture capture = new StreamCapture(Task.CHAT, 4);
    capture.chunk(chunk("{\"index\":0,\"delta\":{\"content\":\"abc\"}}"));
    capture.chunk(chunk("{\"index\":0,\"delta\":{\"content\":\"defgh\"}}"));
    capture.chunk(chunk("{\"index\":0,\"delta\":{\"content\":\"ijk\"}}"));

    JsonNode answer = capture.answer(null);

    assertThat(answer.path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("abcd");
    assertThat(capture.cut()).isTrue();
  }

  @Test
  void completionsKeepTextAndABrokenStreamKeepsItsError() {
    StreamCapture capture = new StreamCapture(Task.COMPLETIONS, 100);
    capture.chunk(chunk("{\"index\":0,\"text\":\"once upon\"}"));
    capture.failed("The connection to the provider broke mid-stream.");

    JsonNode answer = capture.answer(null);

    assertThat(answer.path("object").asString()).isEqualTo("text_completion");
    assertThat(answer.path("choices").get(0).path("text").asString()).isEqualTo("once upon");
    assertThat(answer.path("choices").get(0).path("finish_reason").isNull()).isTrue();
    assertThat(answer.has("usage")).isFalse();
    assertThat(answer.path("error").path("message").asString()).contains("broke mid-stream");
  }
}
