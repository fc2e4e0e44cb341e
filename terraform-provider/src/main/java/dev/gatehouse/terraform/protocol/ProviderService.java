package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.ProviderGrpc;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.*;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code tfplugin6.Provider}: every RPC has the same shape (convert in, call the framework, convert
 * out). A failure no diagnostic covers becomes gRPC INTERNAL, which Terraform reports as an error.
 */
final class ProviderService extends ProviderGrpc.ProviderImplBase {
  private final ProviderCore core;

  ProviderService(ProviderCore core) {
    this.core = core;
  }

  @Override
  public void getMetadata(GetMetadata.Request request, StreamObserver<GetMetadata.Response> out) {
    serve(
        out,
        () -> {
          GetMetadata.Response.Builder response =
              GetMetadata.Response.newBuilder().setServerCapabilities(capabilities());
          core.registry()
              .resources()
              .keySet()
              .forEach(
                  name ->
                      response.addResources(
                          GetMetadata.ResourceMetadata.newBuilder().setTypeName(name)));
          core.registry()
              .dataSources()
              .keySet()
              .forEach(
                  name ->
                      response.addDataSources(
                          GetMetadata.DataSourceMetadata.newBuilder().setTypeName(name)));
          return response.build();
        });
  }

  @Override
  public void getProviderSchema(
      GetProviderSchema.Request request, StreamObserver<GetProviderSchema.Response> out) {
    serve(
        out,
        () -> {
          GetProviderSchema.Response.Builder response =
              GetProviderSchema.Response.newBuilder()
                  .setProvider(ToProto.schema(core.providerSchema()))
                  .setServerCapabilities(capabilities());
          core.registry()
              .resources()
              .forEach((name, r) -> response.putResourceSchemas(name, ToProto.schema(r.schema())));
          core.registry()
              .dataSources()
              .forEach(
                  (name, d) -> response.putDataSourceSchemas(name, ToProto.schema(d.schema())));
          return response.build();
        });
  }

  @Override
  public void validateProviderConfig(
      ValidateProviderConfig.Request request, StreamObserver<ValidateProviderConfig.Response> out) {
    serve(out, () -> ValidateProviderConfig.Response.getDefaultInstance());
  }

  @Override
  public void configureProvider(
      ConfigureProvider.Request request, StreamObserver<ConfigureProvider.Response> out) {
    serve(
        out,
        () -> {
          Value config = FromProto.value(request.getConfig(), core.providerSchema().type());
          return ConfigureProvider.Response.newBuilder()
              .addAllDiagnostics(ToProto.diagnostics(core.configure(config)))
              .build();
        });
  }

  @Override
  public void validateResourceConfig(
      ValidateResourceConfig.Request request, StreamObserver<ValidateResourceConfig.Response> out) {
    serve(
        out,
        () -> {
          ValidateResourceConfig.Response.Builder response =
              ValidateResourceConfig.Response.newBuilder();
          Optional<Schema> schema = core.resourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response.addDiagnostics(unknownType("resource", request.getTypeName())).build();
          }
          Value config = FromProto.value(request.getConfig(), schema.get().type());
          Diagnostics diagnostics = core.validateResource(request.getTypeName(), config);
          return response.addAllDiagnostics(ToProto.diagnostics(diagnostics)).build();
        });
  }

  @Override
  public void validateDataResourceConfig(
      ValidateDataResourceConfig.Request request,
      StreamObserver<ValidateDataResourceConfig.Response> out) {
    serve(
        out,
        () -> {
          ValidateDataResourceConfig.Response.Builder response =
              ValidateDataResourceConfig.Response.newBuilder();
          Optional<Schema> schema = core.dataSourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response
                .addDiagnostics(unknownType("data source", request.getTypeName()))
                .build();
          }
          Value config = FromProto.value(request.getConfig(), schema.get().type());
          Diagnostics diagnostics = core.validateDataSource(request.getTypeName(), config);
          return response.addAllDiagnostics(ToProto.diagnostics(diagnostics)).build();
        });
  }

  @Override
  public void upgradeResourceState(
      UpgradeResourceState.Request request, StreamObserver<UpgradeResourceState.Response> out) {
    serve(
        out,
        () -> {
          UpgradeResourceState.Response.Builder response =
              UpgradeResourceState.Response.newBuilder();
          Optional<Schema> schema = core.resourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response.addDiagnostics(unknownType("resource", request.getTypeName())).build();
          }
          if (request.getRawState().getJson().isEmpty()) {
            return response
                .addDiagnostics(
                    ToProto.diagnostic(
                        Diagnostic.error(
                            "Unsupported state format",
                            "The stored state of "
                                + request.getTypeName()
                                + " is in the legacy flatmap"
                                + " format, which this provider never wrote.")))
                .build();
          }
          Result result =
              core.upgradeState(
                  request.getTypeName(),
                  request.getVersion(),
                  request.getRawState().getJson().toByteArray());
          return response
              .setUpgradedState(ToProto.value(result.value(), schema.get().type()))
              .addAllDiagnostics(ToProto.diagnostics(result.diagnostics()))
              .build();
        });
  }

  @Override
  public void readResource(
      ReadResource.Request request, StreamObserver<ReadResource.Response> out) {
    serve(
        out,
        () -> {
          ReadResource.Response.Builder response =
              ReadResource.Response.newBuilder().setPrivate(request.getPrivate());
          Optional<Schema> schema = core.resourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response.addDiagnostics(unknownType("resource", request.getTypeName())).build();
          }
          Type type = schema.get().type();
          Result result =
              core.read(request.getTypeName(), FromProto.value(request.getCurrentState(), type));
          return response
              .setNewState(ToProto.value(result.value(), type))
              .addAllDiagnostics(ToProto.diagnostics(result.diagnostics()))
              .build();
        });
  }

  @Override
  public void planResourceChange(
      PlanResourceChange.Request request, StreamObserver<PlanResourceChange.Response> out) {
    serve(
        out,
        () -> {
          PlanResourceChange.Response.Builder response =
              PlanResourceChange.Response.newBuilder().setPlannedPrivate(request.getPriorPrivate());
          Optional<Schema> schema = core.resourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response.addDiagnostics(unknownType("resource", request.getTypeName())).build();
          }
          Type type = schema.get().type();
          Result.Plan plan =
              core.plan(
                  request.getTypeName(),
                  FromProto.value(request.getPriorState(), type),
                  FromProto.value(request.getProposedNewState(), type),
                  FromProto.value(request.getConfig(), type));
          plan.requiresReplace().forEach(path -> response.addRequiresReplace(ToProto.path(path)));
          return response
              .setPlannedState(ToProto.value(plan.planned(), type))
              .addAllDiagnostics(ToProto.diagnostics(plan.diagnostics()))
              .build();
        });
  }

  @Override
  public void applyResourceChange(
      ApplyResourceChange.Request request, StreamObserver<ApplyResourceChange.Response> out) {
    serve(
        out,
        () -> {
          ApplyResourceChange.Response.Builder response =
              ApplyResourceChange.Response.newBuilder().setPrivate(request.getPlannedPrivate());
          Optional<Schema> schema = core.resourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response.addDiagnostics(unknownType("resource", request.getTypeName())).build();
          }
          Type type = schema.get().type();
          Result result =
              core.apply(
                  request.getTypeName(),
                  FromProto.value(request.getPriorState(), type),
                  FromProto.value(request.getPlannedState(), type),
                  FromProto.value(request.getConfig(), type));
          return response
              .setNewState(ToProto.value(result.value(), type))
              .addAllDiagnostics(ToProto.diagnostics(result.diagnostics()))
              .build();
        });
  }

  @Override
  public void importResourceState(
      ImportResourceState.Request request, StreamObserver<ImportResourceState.Response> out) {
    serve(
        out,
        () -> {
          ImportResourceState.Response.Builder response = ImportResourceState.Response.newBuilder();
          Optional<Schema> schema = core.resourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response.addDiagnostics(unknownType("resource", request.getTypeName())).build();
          }
          Result result = core.importState(request.getTypeName(), request.getId());
          if (!result.diagnostics().hasErrors()) {
            response.addImportedResources(
                ImportResourceState.ImportedResource.newBuilder()
                    .setTypeName(request.getTypeName())
                    .setState(ToProto.value(result.value(), schema.get().type())));
          }
          return response.addAllDiagnostics(ToProto.diagnostics(result.diagnostics())).build();
        });
  }

  @Override
  public void readDataSource(
      ReadDataSource.Request request, StreamObserver<ReadDataSource.Response> out) {
    serve(
        out,
        () -> {
          ReadDataSource.Response.Builder response = ReadDataSource.Response.newBuilder();
          Optional<Schema> schema = core.dataSourceSchema(request.getTypeName());
          if (schema.isEmpty()) {
            return response
                .addDiagnostics(unknownType("data source", request.getTypeName()))
                .build();
          }
          Type type = schema.get().type();
          Result result =
              core.readDataSource(
                  request.getTypeName(), FromProto.value(request.getConfig(), type));
          return response
              .setState(ToProto.value(result.value(), type))
              .addAllDiagnostics(ToProto.diagnostics(result.diagnostics()))
              .build();
        });
  }

  @Override
  public void stopProvider(
      StopProvider.Request request, StreamObserver<StopProvider.Response> out) {
    // Calls are short HTTP requests with their own timeouts: nothing to cancel.
    serve(out, StopProvider.Response::getDefaultInstance);
  }

  private static ServerCapabilities capabilities() {
    return ServerCapabilities.newBuilder().setGetProviderSchemaOptional(false).build();
  }

  private static dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.Diagnostic unknownType(
      String kind, String name) {
    return ToProto.diagnostic(
        Diagnostic.error(
            "Unknown " + kind + " type " + name,
            "This version of the gatehouse provider has no " + kind + " named " + name + "."));
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
