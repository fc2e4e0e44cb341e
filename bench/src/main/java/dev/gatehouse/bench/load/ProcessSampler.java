package dev.gatehouse.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * CPU and RSS of other processes (the gateway; summed over nginx's master and workers), read from
 * {@code /proc/<pid>/stat} and {@code /proc/<pid>/status} every half second while a measurement
 * runs. CPU is in percent of one core.
 */
final class ProcessSampler implements AutoCloseable {
  private final long[] pids;
  private final int clkTck;
  private final List<Long> rssKb = new ArrayList<>();
  private final Thread thread;
  private long startTicks;
  private long startNanos;
  private volatile boolean running = true;

  ProcessSampler(long[] pids, int clkTck) {
    this.pids = pids;
    this.clkTck = clkTck;
    this.thread = new Thread(this::loop, "process-sampler");
    thread.setDaemon(true);
  }

  void start() {
    startTicks = sum(pids, ProcessSampler::cpuTicks);
    startNanos = System.nanoTime();
    thread.start();
  }

  private void loop() {
    while (running) {
      long rss = sum(pids, ProcessSampler::rssKb);
      if (rss > 0) {
        synchronized (rssKb) {
          rssKb.add(rss);
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops sampling and returns cpu_pct, rss_max_mb and rss_avg_mb. */
  Map<String, Double> result() {
    running = false;
    thread.interrupt();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double cpuSeconds = (sum(pids, ProcessSampler::cpuTicks) - startTicks) / (double) clkTck;
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("cpu_pct", Math.round(1000 * cpuSeconds / seconds) / 10.0);
    synchronized (rssKb) {
      out.put(
          "rss_max_mb",
          Math.round(rssKb.stream().mapToLong(Long::longValue).max().orElse(0) / 102.4) / 10.0);
      out.put(
          "rss_avg_mb",
          Math.round(rssKb.stream().mapToLong(Long::longValue).average().orElse(0) / 102.4) / 10.0);
    }
    return out;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  static long[] pids(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .filter(pid -> !pid.isBlank())
        .mapToLong(pid -> Long.parseLong(pid.trim()))
        .toArray();
  }

  private static long sum(long[] pids, LongUnaryOperator read) {
    long total = 0;
    for (long pid : pids) {
      total += read.applyAsLong(pid);
    }
    return total;
  }

  /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
  static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** VmRSS of a process in kB, 0 when it cannot be read. */
  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
