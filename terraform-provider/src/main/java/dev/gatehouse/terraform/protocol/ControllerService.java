package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.protocol.goplugin.GRPCControllerGrpc;
import dev.gatehouse.terraform.protocol.goplugin.GrpcControllerProto.Empty;
import io.grpc.stub.StreamObserver;

/**
 * {@code plugin.GRPCController}: Terraform asks the plugin to exit when it is done with it; without
 * this it waits two seconds per launch before killing the process.
 */
final class ControllerService extends GRPCControllerGrpc.GRPCControllerImplBase {
  private final Runnable shutdown;

  ControllerService(Runnable shutdown) {
    this.shutdown = shutdown;
  }

  @Override
  public void shutdown(Empty request, StreamObserver<Empty> out) {
    out.onNext(Empty.getDefaultInstance());
    out.onCompleted();
    shutdown.run();
  }
}
