package dev.gatehouse.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 7's goals, held against a run: added latency at p50 and p99 within 1.5x nginx's at each
 * rate, throughput at least 60% of nginx's, no failed call across the config updates, idle RSS at
 * most 400 MB, start-up at most 10 s. A goal whose figures are missing is "n/a".
 */
final class Goals {
  static final double ADDED_LATENCY_RATIO = 1.5;
  static final double THROUGHPUT_SHARE = 0.6;
  static final double IDLE_RSS_MB = 400;
  static final double STARTUP_S = 10;

  /** One goal: what it asks, what was measured, and pass, miss or n/a. */
  record Goal(String goal, String measured, String verdict) {}

  private Goals() {}

  static List<Goal> check(Figures f) {
    List<Goal> goals = new ArrayList<>();
    for (int rate : f.rates()) {
      for (String p : List.of("p50", "p99")) {
        double nginx = Overheads.added(f, "nginx", rate, p);
        double gatehouse = Overheads.added(f, "gatehouse", rate, p);
        goals.add(
            ratio(
                "added " + p + " at " + rate + " req/s <= " + ADDED_LATENCY_RATIO + "x nginx",
                gatehouse,
                nginx,
                ADDED_LATENCY_RATIO,
                "%.2f ms vs %.2f ms",
                true));
      }
    }
    double nginxRps = Figures.number(f.get("nginx-saturate").path("throughput_rps"));
    double gatehouseRps = Figures.number(f.get("gatehouse-saturate").path("throughput_rps"));
    goals.add(
        ratio(
            "throughput >= " + (int) (THROUGHPUT_SHARE * 100) + "% of nginx",
            gatehouseRps,
            nginxRps,
            THROUGHPUT_SHARE,
            "%.0f vs %.0f req/s",
            false));
    var continuity = f.get("continuity");
    if (continuity.isMissingNode()) {
      goals.add(new Goal("0 failed calls across the config updates", "not run", "n/a"));
    } else {
      long failed =
          continuity.path("non_2xx").asLong()
              + continuity.path("errors").asLong()
              + continuity.path("misrouted").asLong();
      goals.add(
          new Goal(
              "0 failed calls across "
                  + continuity.path("continuity").path("updates").asInt()
                  + " updates",
              failed + " failed or mis-routed",
              failed == 0 ? "pass" : "miss"));
    }
    double idle = Figures.number(f.get("startup").path("idle_rss_mb"));
    goals.add(limit("idle RSS <= " + (int) IDLE_RSS_MB + " MB", idle, IDLE_RSS_MB, "%.0f MB"));
    double startup = Figures.number(f.get("startup").path("ready_s"));
    goals.add(limit("start-up <= " + (int) STARTUP_S + " s", startup, STARTUP_S, "%.1f s"));
    return goals;
  }

  /**
   * {@code value <= factor * base} (or {@code >=} when {@code atMost} is false). An added latency
   * below zero is noise and counts as zero.
   */
  private static Goal ratio(
      String goal, double value, double base, double factor, String format, boolean atMost) {
    if (Double.isNaN(value) || Double.isNaN(base)) {
      return new Goal(goal, "not run", "n/a");
    }
    double v = Math.max(0, value);
    double b = Math.max(0, base);
    boolean pass = atMost ? v <= factor * b : v >= factor * b;
    String ratio = b > 0 ? String.format(" (%.2fx)", v / b) : "";
    return new Goal(goal, String.format(format, value, base) + ratio, pass ? "pass" : "miss");
  }

  private static Goal limit(String goal, double value, double max, String format) {
    if (Double.isNaN(value)) {
      return new Goal(goal, "not run", "n/a");
    }
    return new Goal(goal, String.format(format, value), value <= max ? "pass" : "miss");
  }

  static List<Map<String, String>> json(List<Goal> goals) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Goal goal : goals) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("goal", goal.goal());
      row.put("measured", goal.measured());
      row.put("verdict", goal.verdict());
      out.add(row);
    }
    return out;
  }
}
