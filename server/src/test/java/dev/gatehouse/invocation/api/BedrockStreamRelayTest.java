package dev.gatehouse.invocation.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.CallTracker;
import dev.gatehouse.invocation.domain.InvocationService.Streaming;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.bedrock.BedrockAdapter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bedrock's binary event stream leaves Gatehouse as OpenAI server-sent events. */
class BedrockStreamRelayTest {
  private final StreamRelay relay = new StreamRelay();

  private String relay(byte[] upstream) throws IOException {
    Invocation chat =
        Fixtures.invocation(
            Task.CHAT, Fixtures.json("amazon-bedrock", "chat.invocation.json"), true);
    BedrockAdapter adapter = new BedrockAdapter(Optional.empty(), Optional.empty());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    relay.relay(
        new Streaming(
            chat,
            adapter.stream(chat),
            new ByteArrayInputStream(upstream),
            "served",
            new CallTracker(outcome -> {}, null, null, Instant.now(), System.nanoTime())),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBedrockStreamRelaysAsOpenAiSseEndingWithUsageAndDone() throws IOException {
    String out = relay(Fixtures.bytes("amazon-bedrock", "chat.stream.eventstream"));

    String[] events = out.split("\n\n");
    assertThat(events).hasSize(6);
    assertThat(events).allSatisfy(e -> assertThat(e).startsWith("data: "));
    assertThat(events[1]).contains("\"content\":\"Hello\"");
    assertThat(events[3]).contains("\"finish_reason\":\"stop\"");
    JsonNode usage = Json.MAPPER.readTree(events[4].substring("data: ".length()));
    assertThat(usage.path("choices")).isEmpty();
    assertThat(usage.path("usage"))
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}"));
    assertThat(events[5]).isEqualTo("data: [DONE]");
  }

  @Test
  void anExceptionFrameEndsTheStreamWithAnErrorEvent() throws IOException {
    String out = relay(Fixtures.bytes("amazon-bedrock", "error-midstream.stream.eventstream"));

    assertThat(out)
        .endsWith(
            "data: {\"error\":{\"message\":\"Amazon Bedrock reported modelStreamErrorException:"
                + " Model stream error: the model failed while generating.\","
                + "\"type\":\"upstream_error\",\"code\":\"UPSTREAM_ERROR\"}}\n\n")
        .doesNotContain("[DONE]");
  }

  @Test
  void aTruncatedFrameEndsWithTheBrokenConnectionError() throws IOException {
    byte[] chat = Fixtures.bytes("amazon-bedrock", "chat.stream.eventstream");
    String out = relay(Arrays.copyOf(chat, chat.length - 10));

    assertThat(out)
        .endsWith(
            "data: {\"error\":{\"message\":\"The connection to the provider broke mid-stream.\","
                + "\"type\":\"upstream_error\",\"code\":\"UPSTREAM_ERROR\"}}\n\n")
        .doesNotContain("[DONE]");
  }

  @Test
  void aStreamWithoutMetadataIsIncomplete() throws IOException {
    byte[] chat = Fixtures.bytes("amazon-bedrock", "chat.stream.eventstream");
    // the metadata frame is the last one; its length leads it
    int metadataStart = chat.length - lastFrameLength(chat);
    String out = relay(Arrays.copyOf(chat, metadataStart));

    assertThat(out)
        .contains("\"finish_reason\":\"stop\"")
        .endsWith(
            "data: {\"error\":{\"message\":\"The provider's stream ended before it was"
                + " complete.\",\"type\":\"upstream_error\",\"code\":\"UPSTREAM_ERROR\"}}\n\n");
  }

  private static int lastFrameLength(byte[] stream) {
    int at = 0;
    int length = 0;
    while (at < stream.length) {
      length =
          ((stream[at] & 0xff) << 24)
              | ((stream[at + 1] & 0xff) << 16)
              | ((stream[at + 2] & 0xff) << 8)
              | (stream[at + 3] & 0xff);
      at += length;
    }
    return length;
  }
}
