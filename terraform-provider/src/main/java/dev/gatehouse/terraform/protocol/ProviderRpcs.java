package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ConfigureProvider;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.GetMetadata;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.GetProviderSchema;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ReadDataSource;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ServerCapabilities;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ValidateDataResourceConfig;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ValidateProviderConfig;
import java.util.Optional;

/** The provider-level RPCs and the data source ones: convert in, call, convert out. */
final class ProviderRpcs {
  private final ProviderCore core;

  ProviderRpcs(ProviderCore core) {
    this.core = core;
  }

  GetMetadata.Response metadata() {
    GetMetadata.Response.Builder response =
        GetMetadata.Response.newBuilder().setServerCapabilities(capabilities());
    for (String name : core.registry().resources().keySet()) {
      response.addResources(GetMetadata.ResourceMetadata.newBuilder().setTypeName(name));
    }
    for (String name : core.registry().dataSources().keySet()) {
      response.addDataSources(GetMetadata.DataSourceMetadata.newBuilder().setTypeName(name));
    }
    return response.build();
  }

  GetProviderSchema.Response schema() {
    GetProviderSchema.Response.Builder response =
        GetProviderSchema.Response.newBuilder()
            .setProvider(ToProto.schema(core.providerSchema()))
            .setServerCapabilities(capabilities());
    core.registry()
        .resources()
        .forEach((name, r) -> response.putResourceSchemas(name, ToProto.schema(r.schema())));
    core.registry()
        .dataSources()
        .forEach((name, d) -> response.putDataSourceSchemas(name, ToProto.schema(d.schema())));
    return response.build();
  }

  ValidateProviderConfig.Response validate(ValidateProviderConfig.Request request) {
    Value config = FromProto.value(request.getConfig(), core.providerSchema().type());
    return ValidateProviderConfig.Response.newBuilder()
        .addAllDiagnostics(ToProto.diagnostics(core.validateProvider(config)))
        .build();
  }

  ConfigureProvider.Response configure(ConfigureProvider.Request request) {
    Value config = FromProto.value(request.getConfig(), core.providerSchema().type());
    return ConfigureProvider.Response.newBuilder()
        .addAllDiagnostics(ToProto.diagnostics(core.configure(config)))
        .build();
  }

  ValidateDataResourceConfig.Response validateDataSource(
      ValidateDataResourceConfig.Request request) {
    ValidateDataResourceConfig.Response.Builder response =
        ValidateDataResourceConfig.Response.newBuilder();
    Optional<Schema> schema = core.dataSourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response
          .addDiagnostics(ToProto.unknownType("data source", request.getTypeName()))
          .build();
    }
    Value config = FromProto.value(request.getConfig(), schema.get().type());
    return response
        .addAllDiagnostics(
            ToProto.diagnostics(core.validateDataSource(request.getTypeName(), config)))
        .build();
  }

  ReadDataSource.Response readDataSource(ReadDataSource.Request request) {
    ReadDataSource.Response.Builder response = ReadDataSource.Response.newBuilder();
    Optional<Schema> schema = core.dataSourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response
          .addDiagnostics(ToProto.unknownType("data source", request.getTypeName()))
          .build();
    }
    Type type = schema.get().type();
    Result result =
        core.readDataSource(request.getTypeName(), FromProto.value(request.getConfig(), type));
    return response
        .setState(ToProto.value(result.value(), type))
        .addAllDiagnostics(ToProto.diagnostics(result.diagnostics()))
        .build();
  }

  /** We need GetProviderSchema before anything else, and plan nothing for a destroy. */
  private static ServerCapabilities capabilities() {
    return ServerCapabilities.newBuilder()
        .setGetProviderSchemaOptional(false)
        .setPlanDestroy(false)
        .build();
  }
}
