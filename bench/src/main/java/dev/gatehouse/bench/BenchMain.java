package dev.gatehouse.bench;

import dev.gatehouse.bench.load.LoadMain;
import dev.gatehouse.bench.report.ReportMain;
import dev.gatehouse.bench.upstream.UpstreamMain;
import java.util.Arrays;

/** The one entry point of the benchmark jar: {@code java -jar gatehouse-bench.jar <tool> ...}. */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      return;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "upstream" -> UpstreamMain.main(rest);
      case "load" -> LoadMain.main(rest);
      case "report" -> ReportMain.main(rest);
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println(
        "usage: java -jar gatehouse-bench.jar upstream|load|report [--flag value ...]\n"
            + "  upstream  the fake provider (OpenAI and Anthropic routes); see UpstreamOptions\n"
            + "  load      the open-loop load driver; see LoadOptions\n"
            + "  report    the table and JSON of a run directory; see ReportMain");
    System.exit(2);
  }
}
