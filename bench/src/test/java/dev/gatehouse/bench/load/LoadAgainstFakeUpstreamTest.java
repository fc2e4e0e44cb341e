package dev.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bench.upstream.UpstreamMain;
import dev.gatehouse.bench.upstream.UpstreamOptions;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The driver against the fake upstream, in process, for one second per run. */
class LoadAgainstFakeUpstreamTest {
  private static Channel upstream;
  private static String base;

  @BeforeAll
  static void start() {
    upstream =
        UpstreamMain.start(
            UpstreamOptions.parse(
                new String[] {
                  "--id", "up-t", "--chunks", "4", "--chunk-delay-ms", "5", "--threads", "1"
                }));
    base = "http://127.0.0.1:" + ((InetSocketAddress) upstream.localAddress()).getPort();
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  private static Map<String, Object> run(String... extra) throws Exception {
    String[] common = {
      "--url", base + "/v1/chat/completions", "--duration-s", "1", "--warmup-s", "0"
    };
    String[] args = new String[common.length + extra.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(extra, 0, args, common.length, extra.length);
    return LoadMain.run(LoadOptions.parse(args));
  }

  @Test
  void openLoopSendsTheRateAndChecksTheRouting() throws Exception {
    Map<String, Object> result = run("--rate", "100", "--model", "m-a", "--expect", "up-t=m-a");
    assertThat(result.get("ok")).isEqualTo(100L);
    assertThat(result.get("misrouted")).isEqualTo(0L);
    assertThat(result.get("errors")).isEqualTo(0L);
  }

  @Test
  void answersWithAnotherModelAreCountedMisrouted() throws Exception {
    Map<String, Object> result = run("--rate", "50", "--model", "m-a", "--expect", "up-t=m-b");
    assertThat(result.get("ok")).isEqualTo(0L);
    assertThat(result.get("misrouted")).isEqualTo(50L);
  }

  @Test
  void streamsReportTimeToFirstTokenAndInterChunkDelay() throws Exception {
    Map<String, Object> result = run("--mode", "stream", "--rate", "20");
    assertThat(result.get("ok")).isEqualTo(20L);
    @SuppressWarnings("unchecked")
    Map<String, Double> chunk = (Map<String, Double>) result.get("inter_chunk_ms");
    assertThat(chunk.get("p50")).isGreaterThan(2.0);
    assertThat(result).containsKey("ttft_ms");
  }

  @Test
  void aFailingUpstreamShowsAsNon2xx() throws Exception {
    Channel failing =
        UpstreamMain.start(
            UpstreamOptions.parse(new String[] {"--fail-pct", "100", "--threads", "1"}));
    try {
      int port = ((InetSocketAddress) failing.localAddress()).getPort();
      Map<String, Object> result =
          LoadMain.run(
              LoadOptions.parse(
                  new String[] {
                    "--url",
                    "http://127.0.0.1:" + port + "/v1/chat/completions",
                    "--rate",
                    "20",
                    "--duration-s",
                    "1",
                    "--warmup-s",
                    "0"
                  }));
      assertThat(result.get("non_2xx")).isEqualTo(20L);
      assertThat(result.get("ok")).isEqualTo(0L);
    } finally {
      failing.close();
    }
  }
}
