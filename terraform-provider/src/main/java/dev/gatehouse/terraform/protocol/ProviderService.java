package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.protocol.tfplugin6.ProviderGrpc;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ApplyResourceChange;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ConfigureProvider;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.GetMetadata;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.GetProviderSchema;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ImportResourceState;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.PlanResourceChange;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ReadDataSource;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ReadResource;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.StopProvider;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.UpgradeResourceState;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ValidateDataResourceConfig;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ValidateProviderConfig;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ValidateResourceConfig;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;

/**
 * {@code tfplugin6.Provider}. Every RPC has the same shape: convert in, call the framework, convert
 * out ({@link ProviderRpcs} for the provider and data sources, {@link ResourceRpcs} for managed
 * resources). A failure that no diagnostic covers becomes gRPC INTERNAL, which Terraform reports.
 * RPCs not overridden here (functions, ephemeral resources, moves) answer UNIMPLEMENTED.
 */
final class ProviderService extends ProviderGrpc.ProviderImplBase {
  private final ProviderRpcs provider;
  private final ResourceRpcs resources;

  ProviderService(ProviderCore core) {
    this.provider = new ProviderRpcs(core);
    this.resources = new ResourceRpcs(core);
  }

  @Override
  public void getMetadata(GetMetadata.Request request, StreamObserver<GetMetadata.Response> out) {
    serve(out, provider::metadata);
  }

  @Override
  public void getProviderSchema(
      GetProviderSchema.Request request, StreamObserver<GetProviderSchema.Response> out) {
    serve(out, provider::schema);
  }

  @Override
  public void validateProviderConfig(
      ValidateProviderConfig.Request request, StreamObserver<ValidateProviderConfig.Response> out) {
    serve(out, () -> provider.validate(request));
  }

  @Override
  public void configureProvider(
      ConfigureProvider.Request request, StreamObserver<ConfigureProvider.Response> out) {
    serve(out, () -> provider.configure(request));
  }

  @Override
  public void validateResourceConfig(
      ValidateResourceConfig.Request request, StreamObserver<ValidateResourceConfig.Response> out) {
    serve(out, () -> resources.validate(request));
  }

  @Override
  public void validateDataResourceConfig(
      ValidateDataResourceConfig.Request request,
      StreamObserver<ValidateDataResourceConfig.Response> out) {
    serve(out, () -> provider.validateDataSource(request));
  }

  @Override
  public void upgradeResourceState(
      UpgradeResourceState.Request request, StreamObserver<UpgradeResourceState.Response> out) {
    serve(out, () -> resources.upgrade(request));
  }

  @Override
  public void readResource(
      ReadResource.Request request, StreamObserver<ReadResource.Response> out) {
    serve(out, () -> resources.read(request));
  }

  @Override
  public void planResourceChange(
      PlanResourceChange.Request request, StreamObserver<PlanResourceChange.Response> out) {
    serve(out, () -> resources.plan(request));
  }

  @Override
  public void applyResourceChange(
      ApplyResourceChange.Request request, StreamObserver<ApplyResourceChange.Response> out) {
    serve(out, () -> resources.apply(request));
  }

  @Override
  public void importResourceState(
      ImportResourceState.Request request, StreamObserver<ImportResourceState.Response> out) {
    serve(out, () -> resources.importState(request));
  }

  @Override
  public void readDataSource(
      ReadDataSource.Request request, StreamObserver<ReadDataSource.Response> out) {
    serve(out, () -> provider.readDataSource(request));
  }

  @Override
  public void stopProvider(
      StopProvider.Request request, StreamObserver<StopProvider.Response> out) {
    // Calls are short HTTP requests with their own timeouts: nothing to cancel.
    serve(out, StopProvider.Response::getDefaultInstance);
  }

  private static <T> void serve(StreamObserver<T> out, Supplier<T> call) {
    T response;
    try {
      response = call.get();
    } catch (RuntimeException e) {
      e.printStackTrace(System.err);
      out.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asRuntimeException());
      return;
    }
    out.onNext(response);
    out.onCompleted();
  }
}
