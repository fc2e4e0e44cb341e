package dev.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ProcessSamplerTest {
  private static final long SELF = ProcessHandle.current().pid();

  @Test
  void readsThisProcesssCpuAndRss() {
    Assumptions.assumeTrue(new java.io.File("/proc/self/stat").exists(), "needs Linux /proc");
    assertThat(ProcessSampler.rssKb(SELF)).isGreaterThan(1024);
    long before = ProcessSampler.cpuTicks(SELF);
    long spin = System.nanoTime() + 300_000_000L;
    long sink = 0;
    while (System.nanoTime() < spin) {
      sink += System.nanoTime() % 7;
    }
    assertThat(sink).isNotNegative();
    assertThat(ProcessSampler.cpuTicks(SELF)).isGreaterThan(before);
  }

  @Test
  void aGoneProcessReadsAsZero() {
    assertThat(ProcessSampler.rssKb(Long.MAX_VALUE)).isZero();
    assertThat(ProcessSampler.cpuTicks(Long.MAX_VALUE)).isZero();
  }

  @Test
  void parsesPidLists() {
    assertThat(ProcessSampler.pids("12, 13,")).containsExactly(12, 13);
    assertThat(ProcessSampler.pids("")).isEmpty();
  }
}
