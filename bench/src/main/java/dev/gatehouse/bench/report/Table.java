package dev.gatehouse.bench.report;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The plain-text table of a run: one section per measurement, then the goals. */
final class Table {
  private final Figures f;
  private final StringBuilder out = new StringBuilder();

  Table(Figures f) {
    this.f = f;
  }

  static String of(Figures f) {
    Table table = new Table(f);
    table.header();
    table.saturation();
    table.rates();
    table.added();
    table.streaming();
    table.rateLimits();
    table.continuity();
    table.startup();
    table.goals();
    return table.out.toString();
  }

  /** A blank line, a title and the column headings of one section. */
  private void section(String title, String format, String... headings) {
    line("");
    line("%s", title);
    line(format, (Object[]) headings);
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private void header() {
    JsonNode meta = f.get("meta");
    line(
        "Gatehouse gateway benchmark  %s  |  %s CPUs, %s  |  upstream latency %s ms  |  %s s per rate after %s s warm-up",
        meta.path("timestamp").asString(""),
        meta.path("cpus").asString("?"),
        meta.path("cpu_model").asString("?"),
        meta.path("upstream_latency_ms").asString("?"),
        meta.path("duration_s").asString("?"),
        meta.path("warmup_s").asString("?"));
    line(
        "latency in ms from each call's intended send time (open loop, coordinated omission corrected)");
  }

  private void saturation() {
    if (f.paths().stream().noneMatch(p -> f.has(p + "-saturate"))) {
      return;
    }
    section(
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
      line(
          "%-10s %6d %9.0f %7d %7s %8s %9s %8.0f",
          path,
          run.path("connections").asInt(),
          rps,
          run.path("errors").asLong() + run.path("non_2xx").asLong(),
          gw(run, "cpu_pct"),
          gw(run, "rss_max_mb"),
          Double.isNaN(nginx) ? "" : pct(rps / nginx),
          run.path("driver_cpu_pct").asDouble());
    }
  }

  private void rates() {
    if (f.rates().isEmpty()) {
      return;
    }
    section(
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
        line(
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
            path.equals("direct") ? "" : ms(Overheads.added(f, path, rate, "p50")),
            path.equals("direct") ? "" : ms(Overheads.added(f, path, rate, "p99")),
            gw(run, "cpu_pct"),
            gw(run, "rss_max_mb"));
      }
    }
  }

  private void added() {
    if (!f.paths().contains("nginx") || !f.paths().contains("gatehouse")) {
      return;
    }
    section(
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
      line(
          "%6d %11s %15s %7s %11s %15s %7s",
          rate,
          ms(n50),
          ms(g50),
          times(Overheads.ratio(g50, n50)),
          ms(n99),
          ms(g99),
          times(Overheads.ratio(g99, n99)));
    }
  }

  private void streaming() {
    if (f.paths().stream().noneMatch(p -> f.has(p + "-stream"))) {
      return;
    }
    JsonNode meta = f.get("meta");
    section(
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
      line(
          "%-10s %9s %9s %9s %9s %11s %11s %8d",
          path,
          plain(Overheads.stream(run, "ttft_ms", "p50")),
          plain(Overheads.stream(run, "ttft_ms", "p99")),
          direct ? "" : ms(Overheads.addedStream(f, path, "ttft_ms", "p50")),
          direct ? "" : ms(Overheads.addedStream(f, path, "ttft_ms", "p99")),
          plain(Overheads.stream(run, "inter_chunk_ms", "p50")),
          direct ? "" : ms(Overheads.addedStream(f, path, "inter_chunk_ms", "p50")),
          run.path("errors").asLong() + run.path("non_2xx").asLong());
    }
  }

  private void rateLimits() {
    List<String> runs = List.of("ratelimit-0", "ratelimit-1", "ratelimit-5");
    if (runs.stream().noneMatch(f::has)) {
      return;
    }
    section(
        "Rate-limit cost (Gatehouse, "
            + f.get("ratelimit-0").path("rate").asString("?")
            + " req/s)",
        "%-7s %8s %8s %10s %10s %7s",
        "limits",
        "p50",
        "p99",
        "+p50 vs 0",
        "+p99 vs 0",
        "errors");
    for (String name : runs) {
      JsonNode run = f.get(name);
      if (run.isMissingNode()) {
        continue;
      }
      line(
          "%-7s %8.2f %8.2f %10s %10s %7d",
          name.substring("ratelimit-".length()),
          f.latency(name, "p50"),
          f.latency(name, "p99"),
          ms(f.latency(name, "p50") - f.latency("ratelimit-0", "p50")),
          ms(f.latency(name, "p99") - f.latency("ratelimit-0", "p99")),
          run.path("errors").asLong() + run.path("non_2xx").asLong());
    }
  }

  private void continuity() {
    JsonNode run = f.get("continuity");
    if (run.isMissingNode()) {
      return;
    }
    JsonNode c = run.path("continuity");
    line("");
    line(
        "Update continuity (%s req/s while %d config updates alternate two upstreams)",
        run.path("rate").asString("?"), c.path("updates").asInt());
    line(
        "calls ok %d, non-2xx %d, errors %d, mis-routed %d, failed updates %d, update p50 %.0f ms",
        run.path("ok").asLong(),
        run.path("non_2xx").asLong(),
        run.path("errors").asLong(),
        run.path("misrouted").asLong(),
        c.path("failed_updates").asInt(),
        c.path("update_ms").path("p50").asDouble());
    line(
        "latency near switches (250 ms around each update): p99 %.2f ms, max %.2f ms (%d calls); away: p99 %.2f ms, max %.2f ms (%d calls)",
        c.path("near_switch_ms").path("p99").asDouble(),
        c.path("near_switch_ms").path("max").asDouble(),
        c.path("near_switch_ms").path("count").asLong(),
        c.path("away_from_switch_ms").path("p99").asDouble(),
        c.path("away_from_switch_ms").path("max").asDouble(),
        c.path("away_from_switch_ms").path("count").asLong());
  }

  private void startup() {
    JsonNode s = f.get("startup");
    if (s.isMissingNode()) {
      return;
    }
    line("");
    line(
        "Start-up of ./gatehouse: ready in %.1f s; RSS after %s s idle: %.0f MB",
        s.path("ready_s").asDouble(),
        s.path("idle_s").asString("?"),
        s.path("idle_rss_mb").asDouble());
  }

  private void goals() {
    line("");
    line("Goals (issue 7)");
    for (Goals.Goal goal : Goals.check(f)) {
      line("  %-5s %-44s %s", goal.verdict(), goal.goal(), goal.measured());
    }
  }

  private static String gw(JsonNode run, String field) {
    JsonNode value = run.path("gateway").path(field);
    return value.isNumber() ? String.format(Locale.ROOT, "%.0f", value.asDouble()) : "";
  }

  static String ms(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%+.2f", value);
  }

  private static String plain(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String times(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2fx", value);
  }

  private static String pct(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * value);
  }
}
