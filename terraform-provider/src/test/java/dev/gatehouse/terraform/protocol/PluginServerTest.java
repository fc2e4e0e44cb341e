package dev.gatehouse.terraform.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Registry;
import dev.gatehouse.terraform.protocol.tfplugin6.ProviderGrpc;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;
import dev.gatehouse.terraform.resources.Resources;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginServerTest {
  final ProviderCore core = new ProviderCore(Resources.registry(), Map.of());
  PluginServer server;
  ManagedChannel channel;

  @AfterEach
  void stop() throws InterruptedException {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    server.shutdownNow();
  }

  @Test
  void servesOverMutualTlsWithTheCertificateFromTheHandshake() throws Exception {
    KeyPair clientKeys = keys();
    X509Certificate clientCertificate = AutoTls.selfSigned(clientKeys);
    server = PluginServer.start(core, pem(clientCertificate), false);

    String[] fields = server.handshakeLine().split("\\|");
    assertThat(fields).hasSize(6);
    assertThat(fields[0] + "|" + fields[1] + "|" + fields[2] + "|" + fields[4])
        .isEqualTo("1|6|tcp|grpc");
    assertThat(fields[3]).isEqualTo("127.0.0.1:" + server.port());
    assertThat(fields[5]).doesNotContain("=");
    assertThat(Base64.getDecoder().decode(fields[5])).isEqualTo(server.certificate().getEncoded());
    assertThat(server.certificate().getSubjectAlternativeNames().toString())
        .isEqualTo("[[2, localhost]]");

    channel =
        channel(
            SslContextBuilder.forClient()
                .keyManager(clientKeys.getPrivate(), clientCertificate)
                .trustManager(server.certificate()));
    assertThat(
            HealthGrpc.newBlockingStub(channel)
                .check(HealthCheckRequest.newBuilder().setService("plugin").build())
                .getStatus())
        .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    Tfplugin6.GetProviderSchema.Response schema =
        ProviderGrpc.newBlockingStub(channel)
            .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());
    assertThat(schema.getResourceSchemasMap()).containsKey("gatehouse_secret_scope");
    assertThat(schema.getProvider().getBlock().getAttributesList())
        .extracting(Tfplugin6.Schema.Attribute::getName)
        .containsExactly("host", "token");
  }

  @Test
  void refusesAClientWithoutTheTrustedCertificate() throws Exception {
    server = PluginServer.start(core, pem(AutoTls.selfSigned(keys())), false);
    KeyPair strangerKeys = keys();
    channel =
        channel(
            SslContextBuilder.forClient()
                .keyManager(strangerKeys.getPrivate(), AutoTls.selfSigned(strangerKeys))
                .trustManager(server.certificate()));
    assertThatThrownBy(
            () ->
                HealthGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(3, TimeUnit.SECONDS)
                    .check(HealthCheckRequest.newBuilder().setService("plugin").build()))
        .isInstanceOf(StatusRuntimeException.class);
  }

  @Test
  void reattachModeIsPlaintextAndPrintsTheReattachJson() throws Exception {
    server = PluginServer.start(core, null, false);
    assertThat(server.handshakeLine()).isEqualTo("1|6|tcp|127.0.0.1:" + server.port() + "|grpc");
    assertThat(server.reattachJson("registry.gatehouse.dev/gatehouse/gatehouse"))
        .startsWith("{\"registry.gatehouse.dev/gatehouse/gatehouse\":{\"Protocol\":\"grpc\"")
        .contains("\"ProtocolVersion\":6")
        .contains("\"Pid\":" + ProcessHandle.current().pid())
        .contains("\"String\":\"127.0.0.1:" + server.port() + "\"");
  }

  @Test
  void aLaunchWithoutTheMagicCookieIsExplained() {
    server = startedPlaintext();
    assertThat(PluginServer.launchProblem("x/y/z", Map.of()))
        .hasValueSatisfying(message -> assertThat(message).contains("This is a Terraform plugin"));
    assertThat(
            PluginServer.launchProblem(
                "x/y/z",
                Map.of(
                    PluginServer.MAGIC_COOKIE_KEY,
                    PluginServer.MAGIC_COOKIE,
                    "PLUGIN_PROTOCOL_VERSIONS",
                    "5,6")))
        .isEmpty();
    assertThat(
            PluginServer.launchProblem(
                "x/y/z",
                Map.of(
                    PluginServer.MAGIC_COOKIE_KEY,
                    PluginServer.MAGIC_COOKIE,
                    "PLUGIN_PROTOCOL_VERSIONS",
                    "5")))
        .hasValueSatisfying(message -> assertThat(message).contains("protocol 6"));
  }

  private PluginServer startedPlaintext() {
    try {
      return PluginServer.start(
          new ProviderCore(new Registry(java.util.List.of(), java.util.List.of()), Map.of()),
          null,
          false);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ManagedChannel channel(SslContextBuilder ssl) throws Exception {
    return NettyChannelBuilder.forAddress("127.0.0.1", server.port())
        .overrideAuthority("localhost")
        .sslContext(GrpcSslContexts.configure(ssl, SslProvider.JDK).build())
        .build();
  }

  static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
