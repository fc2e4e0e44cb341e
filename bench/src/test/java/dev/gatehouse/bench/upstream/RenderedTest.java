package dev.gatehouse.bench.upstream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RenderedTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final UpstreamOptions options =
      UpstreamOptions.parse(
          new String[] {"--id", "up-x", "--chunks", "3", "--tokens-per-chunk", "2"});
  private final Rendered rendered = new Rendered("gpt-test", options);

  private static JsonNode json(byte[] bytes) {
    return JSON.readTree(new String(bytes, UTF_8));
  }

  @Test
  void chatAnswerIsOpenAisShapeWithTheIdAndTheAskedModel() {
    JsonNode chat = json(rendered.chat);
    assertThat(chat.path("object").asString()).isEqualTo("chat.completion");
    assertThat(chat.path("model").asString()).isEqualTo("gpt-test");
    assertThat(chat.path("system_fingerprint").asString()).isEqualTo("up-x");
    assertThat(chat.path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("tok tok tok tok tok tok ");
    assertThat(chat.path("usage").path("completion_tokens").asInt()).isEqualTo(6);
    assertThat(chat.path("usage").path("total_tokens").asInt())
        .isEqualTo(Rendered.PROMPT_TOKENS + 6);
  }

  @Test
  void otherAnswersParse() {
    assertThat(json(rendered.completion).path("object").asString()).isEqualTo("text_completion");
    assertThat(json(rendered.embeddings).path("data").get(0).path("embedding").size()).isEqualTo(4);
    JsonNode message = json(rendered.message);
    assertThat(message.path("type").asString()).isEqualTo("message");
    assertThat(message.path("usage").path("output_tokens").asInt()).isEqualTo(6);
  }

  @Test
  void openAiStreamIsChunksThenUsageThenDone() {
    String stream =
        new String(rendered.chatFirst, UTF_8)
            + new String(rendered.chatChunk, UTF_8).repeat(3)
            + new String(rendered.chatEndWithUsage, UTF_8);
    List<String> data = new ArrayList<>();
    for (String event : stream.split("\n\n")) {
      assertThat(event).startsWith("data: ");
      data.add(event.substring("data: ".length()));
    }
    assertThat(data).last().isEqualTo("[DONE]");
    JsonNode usage = JSON.readTree(data.get(data.size() - 2));
    assertThat(usage.path("choices").size()).isZero();
    assertThat(usage.path("usage").path("completion_tokens").asInt()).isEqualTo(6);
    assertThat(JSON.readTree(data.get(1)).path("object").asString())
        .isEqualTo("chat.completion.chunk");
    assertThat(new String(rendered.chatEnd, UTF_8)).doesNotContain("\"usage\"");
  }

  @Test
  void anthropicStreamNamesEachEvent() {
    String stream =
        new String(rendered.messageFirst, UTF_8)
            + new String(rendered.messageChunk, UTF_8)
            + new String(rendered.messageEnd, UTF_8);
    List<String> names = new ArrayList<>();
    for (String event : stream.split("\n\n")) {
      String[] lines = event.split("\n");
      assertThat(lines[0]).startsWith("event: ");
      JsonNode data = JSON.readTree(lines[1].substring("data: ".length()));
      assertThat(data.path("type").asString()).isEqualTo(lines[0].substring("event: ".length()));
      names.add(data.path("type").asString());
    }
    assertThat(names)
        .containsExactly(
            "message_start",
            "content_block_start",
            "content_block_delta",
            "content_block_stop",
            "message_delta",
            "message_stop");
  }
}
