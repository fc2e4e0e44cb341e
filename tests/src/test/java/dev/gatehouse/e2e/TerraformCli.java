package dev.gatehouse.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real {@code terraform} on the PATH, run in one working directory with the CLI config of the
 * packaged filesystem mirror ({@code terraform-provider/target/terraformrc}), offline, without
 * colour. Every run's output goes to {@code tests/target/terraform-logs/} as well.
 */
final class TerraformCli {
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final Path workDir;
  private final String label;
  private final Map<String, String> env = new HashMap<>();

  TerraformCli(Path workDir, String label) {
    this.workDir = workDir;
    this.label = label;
    env.put("TF_CLI_CONFIG_FILE", cliConfig().toString());
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("TF_IN_AUTOMATION", "1");
    env.put("TF_INPUT", "0");
  }

  /** The CLI config the build writes next to the mirror; fails clearly when it is missing. */
  static Path cliConfig() {
    Path config = GatehouseProcess.repoDir().resolve("terraform-provider/target/terraformrc");
    if (!Files.isRegularFile(config)) {
      throw new IllegalStateException(
          "No " + config + ": build the provider first (mvn -pl terraform-provider package).");
    }
    return config;
  }

  TerraformCli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Path workDir() {
    return workDir;
  }

  void write(String file, String content) {
    try {
      Files.writeString(workDir.resolve(file), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code terraform <args> -no-color} and waits up to three minutes. */
  Run run(String... args) {
    List<String> command = new ArrayList<>(List.of("terraform"));
    command.addAll(List.of(args));
    command.add("-no-color");
    try {
      Path logs = Files.createDirectories(GatehouseProcess.targetDir().resolve("terraform-logs"));
      Path log = logs.resolve(label + "-" + RUNS.incrementAndGet() + "-" + args[0] + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
      builder
          .environment()
          .keySet()
          .removeIf(n -> n.startsWith("TF_") || n.startsWith("GATEHOUSE_"));
      builder.environment().putAll(env);
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("terraform " + String.join(" ", args) + " hung; see " + log);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      String output = Files.readString(log, StandardCharsets.UTF_8);
      System.out.printf(
          "[%s] terraform %s -> %d in %d ms%n",
          label, String.join(" ", args), process.exitValue(), millis);
      return new Run(String.join(" ", command), process.exitValue(), output, millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One terraform run; {@link #text()} has line wrapping undone for message assertions. */
  record Run(String command, int exitCode, String output, long millis) {
    String text() {
      return output.replaceAll("\\s+", " ");
    }

    Run expectExit(int expected) {
      if (exitCode != expected) {
        throw new AssertionError(
            command + " exited " + exitCode + ", expected " + expected + ":\n" + output);
      }
      return this;
    }
  }
}
