package dev.gatehouse.invocation.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.CallTracker;
import dev.gatehouse.invocation.domain.InvocationService.Streaming;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.openai.OpenAiStreamTranslator;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class StreamRelayTest {
  private final StreamRelay relay = new StreamRelay();
  private static final List<CallOutcome> outcomes = new CopyOnWriteArrayList<>();

  private static Invocation chat() {
    return new Invocation(
        Task.CHAT,
        (ObjectNode) Json.MAPPER.readTree(Fixtures.bytes("openai", "chat.invocation.json")),
        true,
        "served");
  }

  private static String relay(StreamRelay relay, InputStream upstream) throws IOException {
    Invocation chat = chat();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    outcomes.clear();
    CallTracker tracker =
        new CallTracker(outcomes::add, null, null, Instant.now(), System.nanoTime());
    relay.relay(
        new Streaming(chat, new OpenAiStreamTranslator(chat), upstream, "served", tracker), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void chunksThenAUsageChunkThenDone() throws IOException {
    String out =
        relay(relay, new ByteArrayInputStream(Fixtures.bytes("openai", "chat.stream.sse")));

    String[] events = out.split("\n\n");
    assertThat(events).hasSize(6);
    assertThat(events[1]).contains("\"content\":\"Hi\"");
    assertThat(events[4])
        .startsWith("data: {\"id\":\"chatcmpl-B9x\"")
        .contains("\"choices\":[]")
        .contains("\"usage\":{\"prompt_tokens\":19,\"completion_tokens\":2,\"total_tokens\":21}");
    assertThat(events[5]).isEqualTo("data: [DONE]");
    assertThat(outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.succeeded()).isTrue();
              assertThat(o.usage().totalTokens()).isEqualTo(21);
              assertThat(o.timeToFirstToken()).isNotNull();
            });
  }

  @Test
  void aConnectionResetMidStreamEndsWithAnErrorEvent() throws IOException {
    String first = Fixtures.text("openai", "chat.stream.sse").split("\n\n")[0] + "\n\n";
    InputStream reset =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Connection reset");
          }
        };
    String out =
        relay(
            relay,
            new SequenceInputStream(
                new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), reset));

    String[] events = out.split("\n\n");
    assertThat(events).hasSize(2);
    assertThat(events[1])
        .isEqualTo(
            "data: {\"error\":{\"message\":\"The connection to the provider broke mid-stream.\","
                + "\"type\":\"upstream_error\",\"code\":\"UPSTREAM_ERROR\"}}");
    assertThat(out).doesNotContain("[DONE]");
    assertThat(outcomes)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(200);
              assertThat(o.errorCode()).isEqualTo("UPSTREAM_ERROR");
            });
  }

  @Test
  void aStreamCutBeforeDoneIsAnError() throws IOException {
    String first = Fixtures.text("openai", "chat.stream.sse").split("\n\n")[0] + "\n\n";

    String out = relay(relay, new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));

    assertThat(out).contains("ended before it was complete").doesNotContain("[DONE]");
  }

  @Test
  void aSilentProviderIsCutOffWithAnErrorEvent() throws Exception {
    ScheduledExecutorService real = Executors.newSingleThreadScheduledExecutor();
    StreamRelay watched = new StreamRelay();
    watched.idleTimeoutMs = 200;
    watched.scheduler =
        (ManagedScheduledExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> method.invoke(real, args));
    CountDownLatch closed = new CountDownLatch(1);
    InputStream silent =
        new InputStream() {
          @Override
          public int read() throws IOException {
            try {
              closed.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new IOException("Stream closed");
          }

          @Override
          public void close() {
            closed.countDown();
          }
        };
    try {
      long start = System.nanoTime();
      String out = relay(watched, silent);

      assertThat(out)
          .isEqualTo(
              "data: {\"error\":{\"message\":\"The provider sent nothing for 200 ms"
                  + " (gatehouse.invocations.stream-idle-timeout-ms).\",\"type\":\"upstream_error\","
                  + "\"code\":\"UPSTREAM_ERROR\"}}\n\n");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
    } finally {
      real.shutdownNow();
    }
  }
}
