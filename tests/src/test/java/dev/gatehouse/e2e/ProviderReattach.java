package dev.gatehouse.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged provider started once in reattach mode (plaintext, {@code --reattach}), so that
 * every terraform command of a test reuses one JVM instead of starting the provider several times.
 * Its first stdout line is the {@code TF_REATTACH_PROVIDERS} value.
 */
final class ProviderReattach implements AutoCloseable {
  static final String SOURCE = "registry.gatehouse.dev/gatehouse/gatehouse";

  private final Process process;
  private final String reattachJson;
  private Path log;

  private ProviderReattach(Process process, String reattachJson) {
    this.process = process;
    this.reattachJson = reattachJson;
  }

  static Path packageDir() {
    return GatehouseProcess.repoDir()
        .resolve("terraform-provider/target/mirror")
        .resolve(SOURCE)
        .resolve("0.1.0/linux_amd64");
  }

  static ProviderReattach start() throws Exception {
    return start("provider-reattach");
  }

  /**
   * Like {@link #start()}, with the provider's stderr (its hclog lines, every level) in {@code
   * terraform-logs/<logName>.log}, readable through {@link #log()}.
   */
  static ProviderReattach start(String logName) throws Exception {
    Path jar = packageDir().resolve("lib/provider.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No " + jar + ": build the provider first.");
    }
    Path log =
        Files.createDirectories(GatehouseProcess.targetDir().resolve("terraform-logs"))
            .resolve(logName + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--reattach");
    builder.environment().keySet().removeIf(n -> n.startsWith("TF_") || n.startsWith("GATEHOUSE_"));
    builder.redirectError(log.toFile());
    Process process = builder.start();
    BufferedReader stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    try {
      line = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new AssertionError("The provider printed no reattach line; see " + log, e);
    }
    if (line == null || !line.startsWith("{\"" + SOURCE + "\"")) {
      process.destroyForcibly();
      throw new AssertionError("Unexpected reattach line '" + line + "'; see " + log);
    }
    ProviderReattach started = new ProviderReattach(process, line);
    started.log = log;
    return started;
  }

  /** What the provider has logged so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  /** The value for {@code TF_REATTACH_PROVIDERS}. */
  String reattachJson() {
    return reattachJson;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
