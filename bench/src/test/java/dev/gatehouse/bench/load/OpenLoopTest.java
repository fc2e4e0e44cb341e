package dev.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bench.upstream.UpstreamMain;
import dev.gatehouse.bench.upstream.UpstreamOptions;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Coordinated-omission correction: a scheduler that falls behind still charges its lateness. */
class OpenLoopTest {
  @Test
  void aLateSchedulerSendsEveryDueCallAndCountsItsLateness() {
    Channel upstream = UpstreamMain.start(UpstreamOptions.parse(new String[] {"--threads", "1"}));
    int port = ((InetSocketAddress) upstream.localAddress()).getPort();
    Stats stats = new Stats(new Routing(""), false);
    try (HttpPool pool =
        new HttpPool(
            URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"), 8, "", 10, 1)) {
      Driver driver = new Driver(pool, new Prompts("m", false), stats, false);
      // The schedule began 2 s ago: the first 200 calls (100 req/s) are all late when sent.
      long start = System.nanoTime() - TimeUnit.SECONDS.toNanos(2);
      long end = start + TimeUnit.SECONDS.toNanos(2);
      driver.openLoop(100, start, start, intended -> intended >= end);
      driver.drain(10);
    } finally {
      upstream.close();
    }
    Histogram latency = stats.latency.getIntervalHistogram();
    assertThat(stats.ok.sum()).isEqualTo(200);
    // The first call was due 2 s before it could be sent: its latency says so.
    assertThat(latency.getMaxValue()).isGreaterThan(1_900_000L);
    assertThat(latency.getValueAtPercentile(50)).isGreaterThan(900_000L);
  }
}
