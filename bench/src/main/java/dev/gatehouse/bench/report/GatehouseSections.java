package dev.gatehouse.bench.report;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The sections of the table that measure Gatehouse alone, and the goals. */
final class GatehouseSections {
  private final Figures f;
  private final Text text;

  GatehouseSections(Figures f, Text text) {
    this.f = f;
    this.text = text;
  }

  void rateLimits() {
    List<String> runs = List.of("ratelimit-0", "ratelimit-1", "ratelimit-5");
    if (runs.stream().noneMatch(f::has)) {
      return;
    }
    text.section(
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
      text.line(
          "%-7s %8.2f %8.2f %10s %10s %7d",
          name.substring("ratelimit-".length()),
          f.latency(name, "p50"),
          f.latency(name, "p99"),
          Text.ms(f.latency(name, "p50") - f.latency("ratelimit-0", "p50")),
          Text.ms(f.latency(name, "p99") - f.latency("ratelimit-0", "p99")),
          run.path("errors").asLong() + run.path("non_2xx").asLong());
    }
  }

  void continuity() {
    JsonNode run = f.get("continuity");
    if (run.isMissingNode()) {
      return;
    }
    JsonNode c = run.path("continuity");
    text.line("");
    text.line(
        "Update continuity (%s req/s while %d config updates alternate two upstreams)",
        run.path("rate").asString("?"), c.path("updates").asInt());
    text.line(
        "calls ok %d, non-2xx %d, errors %d, mis-routed %d, failed updates %d, update p50 %.0f ms",
        run.path("ok").asLong(),
        run.path("non_2xx").asLong(),
        run.path("errors").asLong(),
        run.path("misrouted").asLong(),
        c.path("failed_updates").asInt(),
        c.path("update_ms").path("p50").asDouble());
    text.line(
        "latency near switches (250 ms around each update): p99 %.2f ms, max %.2f ms (%d calls); away: p99 %.2f ms, max %.2f ms (%d calls)",
        c.path("near_switch_ms").path("p99").asDouble(),
        c.path("near_switch_ms").path("max").asDouble(),
        c.path("near_switch_ms").path("count").asLong(),
        c.path("away_from_switch_ms").path("p99").asDouble(),
        c.path("away_from_switch_ms").path("max").asDouble(),
        c.path("away_from_switch_ms").path("count").asLong());
  }

  void startup() {
    JsonNode s = f.get("startup");
    if (s.isMissingNode()) {
      return;
    }
    text.line("");
    text.line(
        "Start-up of ./gatehouse: ready in %.1f s; RSS after %s s idle: %.0f MB",
        s.path("ready_s").asDouble(),
        s.path("idle_s").asString("?"),
        s.path("idle_rss_mb").asDouble());
  }

  void goals() {
    text.line("");
    text.line("Goals (issue 7)");
    for (Goals.Goal goal : Goals.check(f)) {
      text.line("  %-5s %-44s %s", goal.verdict(), goal.goal(), goal.measured());
    }
  }
}
