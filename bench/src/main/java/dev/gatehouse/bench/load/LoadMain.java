package dev.gatehouse.bench.load;

import com.sun.management.OperatingSystemMXBean;
import dev.gatehouse.bench.Transports;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * One load run ({@link LoadOptions}): prints a one-line summary and writes the figures as JSON
 * ({@code --out}).
 */
public final class LoadMain {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private LoadMain() {}

  public static void main(String[] args) throws Exception {
    LoadOptions options = LoadOptions.parse(args);
    Map<String, Object> result = run(options);
    String line = JSON.writeValueAsString(result);
    System.out.println(line.length() > 600 ? line.substring(0, 600) + "..." : line);
    if (!options.out().isEmpty()) {
      Path out = Path.of(options.out());
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
    }
    System.exit(0);
  }

  static Map<String, Object> run(LoadOptions options) throws Exception {
    Routing routing = new Routing(options.expect());
    boolean continuity = options.mode().equals("continuity");
    Stats stats = new Stats(routing, continuity);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    try (HttpPool pool =
        new HttpPool(
            options.url(), options.connections(), options.token(), options.timeoutS(), threads)) {
      Driver driver =
          new Driver(
              pool, new Prompts(options.model(), options.streaming()), stats, routing.checks());
      long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
      long measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmupS());
      long end = measureFrom + TimeUnit.SECONDS.toNanos(options.durationS());
      Sampling sampling = new Sampling(options, os, measureFrom);
      Thread samplingStarter = started(new Thread(sampling::startAtMeasure, "sampling"));
      Updater updater = null;
      if (options.mode().equals("saturate")) {
        driver.closedLoop(options.connections(), measureFrom, end);
      } else if (continuity) {
        updater = continuity(options, driver, start, measureFrom);
        end = System.nanoTime();
      } else {
        long stopAt = end;
        driver.openLoop(options.rate(), start, measureFrom, intended -> intended >= stopAt);
      }
      samplingStarter.join();
      double seconds = (System.nanoTime() - measureFrom) / 1e9;
      Map<String, Object> resources = sampling.stop(seconds);
      driver.drain(options.timeoutS());
      Map<String, Object> result = Results.of(options, stats, (end - measureFrom) / 1e9, resources);
      if (updater != null) {
        result.put("continuity", Results.continuity(stats, updater));
      }
      return result;
    }
  }

  /** Open loop from warm-up until the updates are done and 2 s more have passed. */
  private static Updater continuity(
      LoadOptions options, Driver driver, long start, long measureFrom) throws Exception {
    URI endpoint =
        options.url().resolve("/api/2.0/serving-endpoints/" + endpointName(options.url()));
    Updater updater =
        new Updater(
            endpoint, options.adminToken(), Path.of(options.configA()), Path.of(options.configB()));
    Thread updates =
        started(
            new Thread(
                () -> {
                  LockSupportSleep.until(measureFrom + TimeUnit.SECONDS.toNanos(2));
                  updater.run(options.updates(), options.updatePauseMs());
                },
                "updates"));
    Tail tail = new Tail(TimeUnit.SECONDS.toNanos(2));
    driver.openLoop(
        options.rate(), start, measureFrom, intended -> tail.over(updater.finished, intended));
    updates.join();
    return updater;
  }

  private static Thread started(Thread thread) {
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** The endpoint name of {@code /serving-endpoints/{name}/invocations}. */
  static String endpointName(URI url) {
    String[] parts = url.getPath().split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("serving-endpoints")) {
        return parts[i + 1];
      }
    }
    throw new IllegalArgumentException(
        "continuity needs a /serving-endpoints/{name}/invocations url");
  }

  /** The gateway's CPU and RSS, and the driver's own CPU, over the measured part of a run. */
  private static final class Sampling {
    private final LoadOptions options;
    private final OperatingSystemMXBean os;
    private final long measureFrom;
    private ProcessSampler gateway;
    private long driverCpuStart;

    Sampling(LoadOptions options, OperatingSystemMXBean os, long measureFrom) {
      this.options = options;
      this.os = os;
      this.measureFrom = measureFrom;
    }

    void startAtMeasure() {
      LockSupportSleep.until(measureFrom);
      driverCpuStart = os.getProcessCpuTime();
      if (!options.watchPids().isBlank()) {
        gateway = new ProcessSampler(ProcessSampler.pids(options.watchPids()), options.clkTck());
        gateway.start();
      }
    }

    Map<String, Object> stop(double seconds) {
      Map<String, Object> out = new LinkedHashMap<>();
      double driverCpu = (os.getProcessCpuTime() - driverCpuStart) / 1e9;
      out.put("driver_cpu_pct", Math.round(1000 * driverCpu / seconds) / 10.0);
      out.put("driver_transport", Transports.name());
      if (gateway != null) {
        out.put("gateway", gateway.result());
      }
      return out;
    }
  }
}
