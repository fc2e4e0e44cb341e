package dev.gatehouse.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The result files of one run directory, by name: {@code <path>-saturate.json}, {@code
 * <path>-rate-<rate>.json}, {@code <path>-stream.json}, {@code ratelimit-<n>.json}, {@code
 * continuity.json}, {@code startup.json} and {@code meta.json}.
 */
final class Figures {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final List<String> PATHS = List.of("direct", "nginx", "gatehouse");

  private final Map<String, JsonNode> byName = new TreeMap<>();

  static Figures read(Path dir) throws IOException {
    Figures figures = new Figures();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        figures.byName.put(name, JSON.readTree(file.toFile()));
      }
    }
    return figures;
  }

  /** For tests: figures from named JSON texts. */
  static Figures of(Map<String, String> texts) {
    Figures figures = new Figures();
    texts.forEach((name, text) -> figures.byName.put(name, JSON.readTree(text)));
    return figures;
  }

  JsonNode get(String name) {
    return byName.getOrDefault(name, MissingNode.getInstance());
  }

  boolean has(String name) {
    return byName.containsKey(name);
  }

  Map<String, JsonNode> all() {
    return byName;
  }

  /** The rates measured on any path, ascending. */
  List<Integer> rates() {
    List<Integer> rates = new ArrayList<>();
    for (String name : byName.keySet()) {
      int at = name.indexOf("-rate-");
      if (at > 0) {
        int rate = Integer.parseInt(name.substring(at + 6));
        if (!rates.contains(rate)) {
          rates.add(rate);
        }
      }
    }
    rates.sort(Integer::compare);
    return rates;
  }

  List<String> paths() {
    return PATHS.stream()
        .filter(p -> byName.keySet().stream().anyMatch(n -> n.startsWith(p + "-")))
        .toList();
  }

  /** A latency percentile (ms) of a run, NaN when absent. */
  double latency(String run, String percentile) {
    return number(get(run).path("latency_ms").path(percentile));
  }

  static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }
}
