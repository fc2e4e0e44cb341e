package dev.gatehouse.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged server, started the way the README tells users to: {@code <repo>/gatehouse} with
 * {@code GATEHOUSE_PORT} and {@code GATEHOUSE_DATA_DIR}, on a free port, its output in a log file
 * under {@code tests/target/gatehouse-logs/}. Stopped with SIGTERM like Ctrl-C would.
 */
public final class GatehouseProcess implements AutoCloseable {
  static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger STARTS = new AtomicInteger();

  private final Process process;
  private final int port;
  private final Path dataDir;
  private final Path logFile;
  private final Thread killOnExit;

  private GatehouseProcess(Process process, int port, Path dataDir, Path logFile) {
    this.process = process;
    this.port = port;
    this.dataDir = dataDir;
    this.logFile = logFile;
    this.killOnExit = new Thread(this::killTreeForcibly, "kill-gatehouse-" + port);
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** The repository root: system property {@code gatehouse.repo} (set by tests/pom.xml) or "..". */
  public static Path repoDir() {
    String configured = System.getProperty("gatehouse.repo");
    Path dir = configured == null || configured.isBlank() ? Path.of("..") : Path.of(configured);
    return dir.toAbsolutePath().normalize();
  }

  /** Where the tests keep their logs and scratch files: {@code <repo>/tests/target}. */
  public static Path targetDir() {
    Path dir = repoDir().resolve("tests").resolve("target");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the server on a free port with the given data directory and waits until {@code GET
   * /health/ready} answers 200. {@code extraEnv} adds settings such as {@code
   * GATEHOUSE_ADMIN_TOKEN}; any GATEHOUSE_* variable of the calling environment is dropped, so a
   * developer's shell cannot change what the test sees.
   */
  public static GatehouseProcess start(String label, Path dataDir, Map<String, String> extraEnv)
      throws IOException {
    return start(label, dataDir, extraEnv, freePort());
  }

  /**
   * Starts a new server on this one's data directory and port, after it stopped or was killed, as
   * an operator would restart it. The port may linger briefly after a kill, so the start waits.
   */
  public GatehouseProcess restart(String label, Map<String, String> extraEnv) throws IOException {
    if (process.isAlive()) {
      throw new IllegalStateException("Gatehouse on port " + port + " is still running");
    }
    await("port " + port + " free again")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> isFree(port));
    return start(label, dataDir, extraEnv, port);
  }

  private static GatehouseProcess start(
      String label, Path dataDir, Map<String, String> extraEnv, int port) throws IOException {
    Path repo = repoDir();
    Path script = repo.resolve("gatehouse");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException("No executable launcher at " + script);
    }
    awaitPackagedServer(repo);

    Path logs = Files.createDirectories(targetDir().resolve("gatehouse-logs"));
    Path logFile = logs.resolve(label + "-" + STARTS.incrementAndGet() + "-port" + port + ".log");

    ProcessBuilder builder = new ProcessBuilder(script.toString()).directory(repo.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GATEHOUSE_"));
    env.put("GATEHOUSE_PORT", Integer.toString(port));
    env.put("GATEHOUSE_DATA_DIR", dataDir.toAbsolutePath().toString());
    // Endpoints here name providers that are not reachable from tests: no provider probe.
    env.put("GATEHOUSE_INVOCATIONS_PROBE_ON_UPDATE", "false");
    env.putAll(extraEnv);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));

    GatehouseProcess server = new GatehouseProcess(builder.start(), port, dataDir, logFile);
    try {
      server.awaitReady();
    } catch (RuntimeException | Error e) {
      server.stop();
      throw e;
    }
    return server;
  }

  public static GatehouseProcess start(String label, Path dataDir) throws IOException {
    return start(label, dataDir, Map.of());
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port);
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path logFile() {
    return logFile;
  }

  public Path adminTokenFile() {
    return dataDir.resolve("admin-token");
  }

  /** The token the first start generated (no GATEHOUSE_ADMIN_TOKEN given). */
  public String generatedAdminToken() throws IOException {
    return Files.readString(adminTokenFile(), StandardCharsets.UTF_8).trim();
  }

  public String log() {
    try {
      return Files.readString(logFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(log " + logFile + " unreadable: " + e + ")";
    }
  }

  /** The last {@code lines} lines of the server log, for failure messages. */
  public String logTail(int lines) {
    List<String> all = log().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /**
   * SIGTERM to the launcher (which exec'd java) and to every process below it, up to 60 s to exit,
   * then SIGKILL for whatever is left. Returns the exit code of the launcher process.
   */
  public int stop() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle child : tree) {
        long left = Math.max(0, deadline - System.nanoTime());
        try {
          child.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (Exception e) {
          child.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      killTreeForcibly();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  /**
   * SIGKILL to the launcher's java process and everything below it, as a crash or the OOM killer
   * would: no shutdown hook, no drain, no clean close of the database. Returns once all are gone.
   */
  public void killForcibly() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        throw new IllegalStateException("pid " + handle.pid() + " survived SIGKILL", e);
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs anyway
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void killTreeForcibly() {
    Stream.concat(process.descendants(), Stream.of(process.toHandle()))
        .forEach(ProcessHandle::destroyForcibly);
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    try {
      await("Gatehouse on port " + port + " ready")
          .atMost(READY_TIMEOUT)
          .pollDelay(Duration.ofSeconds(2))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptionsMatching(e -> e instanceof IOException)
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException(
                      "Gatehouse exited with code "
                          + process.exitValue()
                          + " before it was ready. Last lines of "
                          + logFile
                          + ":\n"
                          + logTail(60));
                }
                return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode()
                    == 200;
              });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "Gatehouse did not answer 200 on /health/ready within "
              + READY_TIMEOUT.toSeconds()
              + " s. Last lines of "
              + logFile
              + ":\n"
              + logTail(60),
          e);
    }
  }

  /**
   * The launcher would build the project itself when the WAR or the runtime is missing; the tests
   * must run what is built. The WAR may be briefly missing or half-written while it is rebuilt, so
   * wait until it exists and has stopped changing.
   */
  private static void awaitPackagedServer(Path repo) {
    Path war = repo.resolve("server/target/gatehouse.war");
    Path runtimeDir = repo.resolve("target/runtime");
    long[] lastSeen = {-1, -1};
    try {
      await("packaged server " + war + " and the Payara Micro runtime in " + runtimeDir)
          .atMost(Duration.ofSeconds(180))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                if (!Files.isRegularFile(war) || !hasRuntime(runtimeDir)) {
                  lastSeen[0] = -1;
                  return false;
                }
                long size = Files.size(war);
                long modified = Files.getLastModifiedTime(war).toMillis();
                boolean stable =
                    size == lastSeen[0]
                        && modified == lastSeen[1]
                        && System.currentTimeMillis() - modified > 2_000;
                lastSeen[0] = size;
                lastSeen[1] = modified;
                return stable;
              });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          "No stable "
              + war
              + " (and Payara Micro runtime) to run; build it first (mvn -pl server -am install).",
          e);
    }
  }

  private static boolean hasRuntime(Path runtimeDir) throws IOException {
    if (!Files.isDirectory(runtimeDir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(runtimeDir)) {
      return files.anyMatch(
          f -> {
            String name = f.getFileName().toString();
            return name.startsWith("payara-micro-") && name.endsWith(".jar");
          });
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
