package dev.gatehouse.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoalsTest {
  private static String rate(double p50, double p99) {
    return "{\"latency_ms\":{\"p50\":" + p50 + ",\"p99\":" + p99 + "}}";
  }

  private static Map<String, String> verdicts(Figures f) {
    return Goals.check(f).stream()
        .collect(java.util.stream.Collectors.toMap(Goals.Goal::goal, Goals.Goal::verdict));
  }

  @Test
  void addedLatencyIsHeldAgainstOneAndAHalfTimesNginxs() {
    Figures f =
        Figures.of(
            Map.of(
                "direct-rate-200", rate(10, 20),
                "nginx-rate-200", rate(11, 22),
                "gatehouse-rate-200", rate(11.4, 30)));
    assertThat(Overheads.added(f, "gatehouse", 200, "p50"))
        .isCloseTo(1.4, org.assertj.core.data.Offset.offset(1e-9));
    Map<String, String> verdicts = verdicts(f);
    assertThat(verdicts.get("added p50 at 200 req/s <= 1.5x nginx")).isEqualTo("pass");
    assertThat(verdicts.get("added p99 at 200 req/s <= 1.5x nginx")).isEqualTo("miss");
  }

  @Test
  void throughputContinuityStartupAndRss() {
    Map<String, String> runs = new HashMap<>();
    runs.put("nginx-saturate", "{\"throughput_rps\":1000}");
    runs.put("gatehouse-saturate", "{\"throughput_rps\":650}");
    runs.put(
        "continuity",
        "{\"non_2xx\":0,\"errors\":0,\"misrouted\":1,\"continuity\":{\"updates\":50}}");
    runs.put("startup", "{\"ready_s\":12.5,\"idle_rss_mb\":300}");
    Figures f = Figures.of(runs);
    Map<String, String> verdicts = verdicts(f);
    assertThat(verdicts.get("throughput >= 60% of nginx")).isEqualTo("pass");
    assertThat(verdicts.get("0 failed calls across 50 updates")).isEqualTo("miss");
    assertThat(verdicts.get("idle RSS <= 400 MB")).isEqualTo("pass");
    assertThat(verdicts.get("start-up <= 10 s")).isEqualTo("miss");
  }

  @Test
  void missingFiguresAreNotApplicableAndTheTableStillPrints() {
    Figures f = Figures.of(Map.of("direct-rate-500", rate(5, 9)));
    assertThat(Goals.check(f)).extracting(Goals.Goal::verdict).containsOnly("n/a");
    assertThat(Table.of(f)).contains("direct", "500", "Goals (issue 7)");
    assertThat(List.copyOf(f.rates())).containsExactly(500);
  }
}
