package dev.gatehouse.bench.report;

import dev.gatehouse.bench.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run directory of result files ({@link Figures}), prints the table and writes one JSON
 * with every run, the added latencies and the goals. Flags: {@code --dir --out}.
 */
public final class ReportMain {
  private ReportMain() {}

  public static void main(String[] args) throws Exception {
    Flags flags = new Flags(args, Set.of("dir", "out"));
    Figures figures = Figures.read(Path.of(flags.text("dir", ".")));
    System.out.print(Table.of(figures));
    String out = flags.text("out", "");
    if (!out.isEmpty()) {
      Path file = Path.of(out);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Figures.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json(figures));
    }
  }

  static Map<String, Object> json(Figures f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("meta", f.get("meta"));
    Map<String, Object> added = new LinkedHashMap<>();
    for (String path : f.paths()) {
      if (path.equals("direct")) {
        continue;
      }
      Map<String, Object> byRate = new LinkedHashMap<>();
      for (int rate : f.rates()) {
        Map<String, Double> row = new LinkedHashMap<>();
        for (String p : new String[] {"p50", "p90", "p99", "p999"}) {
          row.put(p, finite(Overheads.added(f, path, rate, p)));
        }
        byRate.put(String.valueOf(rate), row);
      }
      Map<String, Double> stream = new LinkedHashMap<>();
      stream.put("ttft_p50", finite(Overheads.addedStream(f, path, "ttft_ms", "p50")));
      stream.put("ttft_p99", finite(Overheads.addedStream(f, path, "ttft_ms", "p99")));
      stream.put(
          "inter_chunk_p50", finite(Overheads.addedStream(f, path, "inter_chunk_ms", "p50")));
      byRate.put("stream", stream);
      added.put(path, byRate);
    }
    out.put("added_ms", added);
    out.put("goals", Goals.json(Goals.check(f)));
    Map<String, Object> runs = new LinkedHashMap<>(f.all());
    runs.remove("meta");
    out.put("runs", runs);
    return out;
  }

  private static Double finite(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
  }
}
