package dev.gatehouse.e2e.reliability;

import dev.gatehouse.e2e.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/** Tallies of the corpus run, printed and written to {@code bad-input-report.json}. */
final class BadInputReport {
  private final Map<String, Integer> byStatus = new TreeMap<>();
  private final Map<String, Integer> byFamily = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int cases;
  private int serverErrors;

  /** {@code status}: the answer's status, or "400 (container)" for Payara's bare refusal. */
  void count(BadInputCase c, String status, int code) {
    cases++;
    byStatus.merge(status, 1, Integer::sum);
    byFamily.merge(c.family(), 1, Integer::sum);
    if (code >= 500) {
      serverErrors++;
    }
  }

  void fail(String failure) {
    failures.add(failure);
  }

  List<String> failures() {
    return failures;
  }

  String summary(long millis) {
    return "Bad-input corpus: %d cases in %d ms, by status %s, 5xx seen: %d, failures: %d; by family %s"
        .formatted(cases, millis, byStatus, serverErrors, failures.size(), byFamily);
  }

  void write(Path file, long millis) throws IOException {
    ObjectNode report = Api.JSON.createObjectNode();
    report.put("cases", cases);
    report.put("millis", millis);
    report.put("five_xx_seen", serverErrors);
    report.put("failures", failures.size());
    ObjectNode statuses = report.putObject("by_status");
    byStatus.forEach(statuses::put);
    ObjectNode families = report.putObject("by_family");
    byFamily.forEach(families::put);
    failures.forEach(report.putArray("failure_details")::add);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
  }
}
