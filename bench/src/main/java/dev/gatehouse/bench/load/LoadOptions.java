package dev.gatehouse.bench.load;

import dev.gatehouse.bench.Flags;
import java.net.URI;

/**
 * One load run. Flags: {@code --url --mode (rate|saturate|stream|continuity) --rate --duration-s
 * --warmup-s --connections --token --model --out --label --watch-pid --clk-tck --expect --timeout-s
 * --updates --admin-token --config-a --config-b}.
 *
 * @param model put in the body as {@code "model"} (direct and nginx paths); empty: left out, as
 *     Gatehouse's invocations route takes the endpoint's model
 * @param expect {@code id=model,...}: the upstream ids and the model each must answer with; a call
 *     answered otherwise is counted as mis-routed (empty: not checked)
 * @param watchPids the gateway's processes (comma-separated: nginx's master and workers) whose CPU
 *     and RSS are sampled, summed, during the measurement (empty: none)
 */
public record LoadOptions(
    URI url,
    String mode,
    int rate,
    int durationS,
    int warmupS,
    int connections,
    String token,
    String model,
    String out,
    String label,
    String watchPids,
    int clkTck,
    String expect,
    int timeoutS,
    int updates,
    int updatePauseMs,
    String adminToken,
    String configA,
    String configB) {

  public static LoadOptions parse(String[] args) {
    Flags flags =
        new Flags(
            args,
            "url mode rate duration-s warmup-s connections token model out label watch-pid clk-tck expect timeout-s updates update-pause-ms admin-token config-a config-b");
    String url = flags.text("url", null);
    if (url == null) {
      throw new IllegalArgumentException("--url is required");
    }
    String mode = flags.text("mode", "rate");
    return new LoadOptions(
        URI.create(url),
        mode,
        flags.integer("rate", 200),
        flags.integer("duration-s", 20),
        flags.integer("warmup-s", 10),
        flags.integer("connections", mode.equals("saturate") ? 32 : 512),
        flags.text("token", ""),
        flags.text("model", ""),
        flags.text("out", ""),
        flags.text("label", mode),
        flags.text("watch-pid", ""),
        flags.integer("clk-tck", 100),
        flags.text("expect", ""),
        flags.integer("timeout-s", 30),
        flags.integer("updates", 50),
        flags.integer("update-pause-ms", 1000),
        flags.text("admin-token", ""),
        flags.text("config-a", ""),
        flags.text("config-b", ""));
  }

  boolean streaming() {
    return mode.equals("stream");
  }
}
