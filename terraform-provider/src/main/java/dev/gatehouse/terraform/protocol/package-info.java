/**
 * The wire: our own definition of Terraform's plugin protocol 6.8 ({@code src/main/proto}), the
 * generated stubs (which stay in this package), converters {@code FromProto}/{@code ToProto}, the
 * gRPC services, and {@link dev.gatehouse.terraform.protocol.PluginServer}, which speaks
 * go-plugin's handshake and AutoMTLS. Nothing outside this package sees a protobuf type.
 */
package dev.gatehouse.terraform.protocol;
