package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.framework.ProviderCore;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the provider the way go-plugin expects: gRPC on a loopback port with the {@code "plugin"}
 * health service and {@code plugin.GRPCController}, AutoMTLS when Terraform sends its client
 * certificate, and one handshake line on stdout. After the handshake stdout belongs to Terraform,
 * so anything printed later goes to stderr (which Terraform logs at DEBUG).
 */
public final class PluginServer {
  public static final String MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
  public static final String MAGIC_COOKIE =
      "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
  private static final int MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

  private final Server server;
  private final AutoTls tls;

  private PluginServer(Server server, AutoTls tls) {
    this.server = server;
    this.tls = tls;
  }

  /**
   * Starts serving {@code core} on 127.0.0.1 and a free port; TLS when {@code clientCertificatePem}
   * is given, plaintext otherwise (reattach mode). {@code exitOnShutdown}: a Shutdown call ends the
   * process, as Terraform expects of a plugin it launched.
   */
  public static PluginServer start(
      ProviderCore core, String clientCertificatePem, boolean exitOnShutdown) throws Exception {
    HealthStatusManager health = new HealthStatusManager();
    health.setStatus("plugin", ServingStatus.SERVING);
    PluginServer[] self = new PluginServer[1];
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .maxInboundMessageSize(MAX_MESSAGE_BYTES)
            .addService(new ProviderService(core))
            .addService(health.getHealthService())
            .addService(new ControllerService(() -> self[0].shutdownSoon(exitOnShutdown)));
    AutoTls tls = null;
    if (clientCertificatePem != null && !clientCertificatePem.isBlank()) {
      tls = AutoTls.create(clientCertificatePem);
      builder.sslContext(
          GrpcSslContexts.configure(
                  SslContextBuilder.forServer(tls.keyPair().getPrivate(), tls.certificate())
                      .trustManager(tls.clientCertificate())
                      .clientAuth(ClientAuth.REQUIRE),
                  // netty-shaded's BoringSSL offers no ECDSA+SHA512, so Go sends no certificate.
                  SslProvider.JDK)
              .build());
    }
    self[0] = new PluginServer(builder.build().start(), tls);
    return self[0];
  }

  public int port() {
    return server.getPort();
  }

  /** {@code 1|6|tcp|127.0.0.1:PORT|grpc[|CERT]}: core protocol 1, plugin protocol 6. */
  public String handshakeLine() throws Exception {
    String line = "1|6|tcp|127.0.0.1:" + port() + "|grpc";
    return tls == null ? line : line + "|" + tls.handshakeCertificate();
  }

  /** The value of {@code TF_REATTACH_PROVIDERS} that points Terraform at this process. */
  public String reattachJson(String sourceAddress) {
    return "{\"%s\":{\"Protocol\":\"grpc\",\"ProtocolVersion\":6,\"Pid\":%d,\"Test\":true,\"Addr\":{\"Network\":\"tcp\",\"String\":\"127.0.0.1:%d\"}}}"
        .formatted(sourceAddress, ProcessHandle.current().pid(), port());
  }

  /** The server's certificate (TLS mode only). */
  java.security.cert.X509Certificate certificate() {
    return tls.certificate();
  }

  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  public void shutdownNow() {
    server.shutdownNow();
  }

  private void shutdownSoon(boolean exit) {
    if (!exit) {
      return;
    }
    Thread stopper =
        new Thread(
            () -> {
              server.shutdown();
              System.exit(0);
            },
            "plugin-shutdown");
    stopper.start();
  }

  /** Why this process was not started the way Terraform starts a plugin, if it was not. */
  static Optional<String> launchProblem(String sourceAddress, Map<String, String> env) {
    if (!MAGIC_COOKIE.equals(env.get(MAGIC_COOKIE_KEY))) {
      return Optional.of(
          "This is a Terraform plugin (provider "
              + sourceAddress
              + "): Terraform starts it, not you. Install it through a filesystem mirror and run"
              + " terraform; or start it with --reattach for debugging and give terraform the"
              + " printed TF_REATTACH_PROVIDERS.");
    }
    String versions = env.getOrDefault("PLUGIN_PROTOCOL_VERSIONS", "6");
    if (!Arrays.asList(versions.split(",")).contains("6")) {
      return Optional.of(
          "This provider speaks plugin protocol 6; this Terraform offers "
              + versions
              + ". Use Terraform 1.0 or later.");
    }
    return Optional.empty();
  }

  /**
   * The plugin's main: checks it was launched by Terraform, serves, prints the handshake (or the
   * reattach JSON with {@code --reattach}) and runs until Terraform shuts it down.
   */
  public static void serve(
      ProviderCore core, String sourceAddress, String[] args, Map<String, String> env)
      throws Exception {
    boolean reattach = args.length > 0 && args[0].equals("--reattach");
    Optional<String> problem = reattach ? Optional.empty() : launchProblem(sourceAddress, env);
    if (problem.isPresent()) {
      System.err.println(problem.get());
      System.exit(1);
    }
    PluginServer server = start(core, reattach ? null : env.get("PLUGIN_CLIENT_CERT"), !reattach);
    PrintStream stdout = System.out;
    stdout.println(reattach ? server.reattachJson(sourceAddress) : server.handshakeLine());
    stdout.flush();
    System.setOut(System.err);
    server.awaitTermination();
  }
}
