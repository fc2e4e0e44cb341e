package dev.gatehouse.terraform.protocol;

import com.google.protobuf.ByteString;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.ObjectBuilder;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.ProviderGrpc;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The training run behind the launcher's class-data archive: serve over mutual TLS once and make
 * the calls Terraform makes, so the classes of a real launch are archived. Start-up is most of what
 * a Terraform command waits for, because every command starts the provider several times.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void run(ProviderCore core) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    KeyPair clientKeys = generator.generateKeyPair();
    X509Certificate clientCertificate = AutoTls.selfSigned(clientKeys);
    PluginServer server = PluginServer.start(core, pem(clientCertificate), false);
    server.handshakeLine();
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("127.0.0.1", server.port())
            .overrideAuthority("localhost")
            .sslContext(
                GrpcSslContexts.configure(
                        SslContextBuilder.forClient()
                            .keyManager(clientKeys.getPrivate(), clientCertificate)
                            .trustManager(server.certificate()),
                        SslProvider.JDK)
                    .build())
            .build();
    try {
      HealthGrpc.newBlockingStub(channel)
          .check(HealthCheckRequest.newBuilder().setService("plugin").build());
      exercise(core, ProviderGrpc.newBlockingStub(channel));
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      server.shutdownNow();
    }
  }

  private static void exercise(ProviderCore core, ProviderGrpc.ProviderBlockingStub provider) {
    provider.getMetadata(Tfplugin6.GetMetadata.Request.getDefaultInstance());
    provider.getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());
    Value config =
        core.providerSchema()
            .block()
            .newObject()
            .set("host", "http://localhost:1")
            .set("token", "training")
            .build();
    provider.configureProvider(
        Tfplugin6.ConfigureProvider.Request.newBuilder()
            .setConfig(ToProto.value(config, config.type()))
            .build());
    core.registry()
        .resources()
        .forEach(
            (name, resource) -> {
              Block block = resource.schema().block();
              Tfplugin6.DynamicValue proposed = ToProto.value(sample(block), block.type());
              provider.validateResourceConfig(
                  Tfplugin6.ValidateResourceConfig.Request.newBuilder()
                      .setTypeName(name)
                      .setConfig(proposed)
                      .build());
              provider.planResourceChange(
                  Tfplugin6.PlanResourceChange.Request.newBuilder()
                      .setTypeName(name)
                      .setProposedNewState(proposed)
                      .setConfig(proposed)
                      .build());
              provider.upgradeResourceState(
                  Tfplugin6.UpgradeResourceState.Request.newBuilder()
                      .setTypeName(name)
                      .setRawState(
                          Tfplugin6.RawState.newBuilder().setJson(ByteString.copyFromUtf8("{}")))
                      .build());
            });
  }

  private static Value sample(Block block) {
    ObjectBuilder object = block.newObject();
    for (Attribute attribute : block.attributes()) {
      if (attribute.type() == dev.gatehouse.terraform.framework.Type.STRING
          && !attribute.isComputed()) {
        object.set(attribute.name(), "training");
      }
    }
    return object.build();
  }

  private static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
