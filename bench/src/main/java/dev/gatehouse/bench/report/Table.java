package dev.gatehouse.bench.report;

import tools.jackson.databind.JsonNode;

/**
 * The plain-text table of a run: the sections that compare the paths, then those of Gatehouse alone
 * ({@link GatehouseSections}) and the goals.
 */
final class Table {
  private final Figures f;
  private final Text text;

  private Table(Figures f, Text text) {
    this.f = f;
    this.text = text;
  }

  static String of(Figures f) {
    Text text = new Text();
    Table table = new Table(f, text);
    table.header();
    table.saturation();
    table.rates();
    table.added();
    table.streaming();
    GatehouseSections gatehouse = new GatehouseSections(f, text);
    gatehouse.rateLimits();
    gatehouse.continuity();
    gatehouse.startup();
    gatehouse.goals();
    return text.toString();
  }

  private void header() {
    JsonNode meta = f.get("meta");
    text.line(
        "Gatehouse gateway benchmark  %s  |  %s CPUs, %s  |  upstream latency %s ms  |  %s s per rate after %s s warm-up",
        meta.path("timestamp").asString(""),
        meta.path("cpus").asString("?"),
        meta.path("cpu_model").asString("?"),
        meta.path("upstream_latency_ms").asString("?"),
        meta.path("duration_s").asString("?"),
        meta.path("warmup_s").asString("?"));
    text.line(
        "latency in ms from each call's intended send time (open loop, coordinated omission corrected)");
  }

  private void saturation() {
    if (f.paths().stream().noneMatch(p -> f.has(p + "-saturate"))) {
      return;
    }
    text.section(
        "Saturation (closed loop)",
        "%-10s %6s %9s %7s %7s %8s %9s %8s",
        "path",
        "conns",
        "req/s",
        "errors",
        "gw cpu%",
        "gw rss MB",
        "vs nginx",
        "drv cpu%");
    double nginx = Figures.number(f.get("nginx-saturate").path("throughput_rps"));
    for (String path : f.paths()) {
      JsonNode run = f.get(path + "-saturate");
      if (run.isMissingNode()) {
        continue;
      }
      double rps = run.path("throughput_rps").asDouble();
      text.line(
          "%-10s %6d %9.0f %7d %7s %8s %9s %8.0f",
          path,
          run.path("connections").asInt(),
          rps,
          run.path("errors").asLong() + run.path("non_2xx").asLong(),
          Text.gw(run, "cpu_pct"),
          Text.gw(run, "rss_max_mb"),
          Double.isNaN(nginx) ? "" : Text.pct(rps / nginx),
          run.path("driver_cpu_pct").asDouble());
    }
  }

  private void rates() {
    if (f.rates().isEmpty()) {
      return;
    }
    text.section(
        "Fixed rates",
        "%-10s %6s %8s %8s %8s %8s %8s %7s %6s %6s %8s %8s %7s %8s",
        "path",
        "rate",
        "p50",
        "p90",
        "p99",
        "p99.9",
        "max",
        "ok",
        "non2xx",
        "errors",
        "+p50",
        "+p99",
        "gw cpu%",
        "gw rss MB");
    for (int rate : f.rates()) {
      for (String path : f.paths()) {
        JsonNode run = f.get(path + "-rate-" + rate);
        if (run.isMissingNode()) {
          continue;
        }
        JsonNode l = run.path("latency_ms");
        text.line(
            "%-10s %6d %8.2f %8.2f %8.2f %8.2f %8.2f %7d %6d %6d %8s %8s %7s %8s",
            path,
            rate,
            l.path("p50").asDouble(),
            l.path("p90").asDouble(),
            l.path("p99").asDouble(),
            l.path("p999").asDouble(),
            l.path("max").asDouble(),
            run.path("ok").asLong(),
            run.path("non_2xx").asLong(),
            run.path("errors").asLong(),
            path.equals("direct") ? "" : Text.ms(Overheads.added(f, path, rate, "p50")),
            path.equals("direct") ? "" : Text.ms(Overheads.added(f, path, rate, "p99")),
            Text.gw(run, "cpu_pct"),
            Text.gw(run, "rss_max_mb"));
      }
    }
  }

  private void added() {
    if (!f.paths().contains("nginx") || !f.paths().contains("gatehouse")) {
      return;
    }
    text.section(
        "Added over direct: Gatehouse / nginx",
        "%6s %11s %15s %7s %11s %15s %7s",
        "rate",
        "nginx +p50",
        "gatehouse +p50",
        "ratio",
        "nginx +p99",
        "gatehouse +p99",
        "ratio");
    for (int rate : f.rates()) {
      double n50 = Overheads.added(f, "nginx", rate, "p50");
      double g50 = Overheads.added(f, "gatehouse", rate, "p50");
      double n99 = Overheads.added(f, "nginx", rate, "p99");
      double g99 = Overheads.added(f, "gatehouse", rate, "p99");
      text.line(
          "%6d %11s %15s %7s %11s %15s %7s",
          rate,
          Text.ms(n50),
          Text.ms(g50),
          Text.times(Overheads.ratio(g50, n50)),
          Text.ms(n99),
          Text.ms(g99),
          Text.times(Overheads.ratio(g99, n99)));
    }
  }

  private void streaming() {
    if (f.paths().stream().noneMatch(p -> f.has(p + "-stream"))) {
      return;
    }
    JsonNode meta = f.get("meta");
    text.section(
        String.format(
            "Streaming (%s req/s, %s chunks %s ms apart; inter-chunk = mean gap between chunk arrivals)",
            meta.path("stream_rate").asString("?"),
            meta.path("chunks").asString("?"),
            meta.path("chunk_delay_ms").asString("?")),
        "%-10s %9s %9s %9s %9s %11s %11s %8s",
        "path",
        "ttft p50",
        "ttft p99",
        "+ttft p50",
        "+ttft p99",
        "chunk p50",
        "+chunk p50",
        "errors");
    for (String path : f.paths()) {
      JsonNode run = f.get(path + "-stream");
      if (run.isMissingNode()) {
        continue;
      }
      boolean direct = path.equals("direct");
      text.line(
          "%-10s %9s %9s %9s %9s %11s %11s %8d",
          path,
          Text.plain(Overheads.stream(run, "ttft_ms", "p50")),
          Text.plain(Overheads.stream(run, "ttft_ms", "p99")),
          direct ? "" : Text.ms(Overheads.addedStream(f, path, "ttft_ms", "p50")),
          direct ? "" : Text.ms(Overheads.addedStream(f, path, "ttft_ms", "p99")),
          Text.plain(Overheads.stream(run, "inter_chunk_ms", "p50")),
          direct ? "" : Text.ms(Overheads.addedStream(f, path, "inter_chunk_ms", "p50")),
          run.path("errors").asLong() + run.path("non_2xx").asLong());
    }
  }
}
