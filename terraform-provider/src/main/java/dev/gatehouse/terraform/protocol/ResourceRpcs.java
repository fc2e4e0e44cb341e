package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ApplyResourceChange;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ImportResourceState;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.PlanResourceChange;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ReadResource;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.UpgradeResourceState;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6.ValidateResourceConfig;
import java.util.Optional;

/**
 * The managed-resource RPCs: convert in (values decoded with the type's schema), call, convert out.
 * An unknown type name is answered with an error diagnostic, not a failure.
 */
final class ResourceRpcs {
  private final ProviderCore core;

  ResourceRpcs(ProviderCore core) {
    this.core = core;
  }

  ValidateResourceConfig.Response validate(ValidateResourceConfig.Request request) {
    ValidateResourceConfig.Response.Builder response = ValidateResourceConfig.Response.newBuilder();
    Optional<Schema> schema = core.resourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response.addDiagnostics(unknown(request.getTypeName())).build();
    }
    Value config = FromProto.value(request.getConfig(), schema.get().type());
    return response
        .addAllDiagnostics(
            ToProto.diagnostics(
                core.validateResource(
                    request.getTypeName(),
                    config,
                    request.getClientCapabilities().getWriteOnlyAttributesAllowed())))
        .build();
  }

  UpgradeResourceState.Response upgrade(UpgradeResourceState.Request request) {
    UpgradeResourceState.Response.Builder response = UpgradeResourceState.Response.newBuilder();
    Optional<Schema> schema = core.resourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response.addDiagnostics(unknown(request.getTypeName())).build();
    }
    if (request.getRawState().getJson().isEmpty()) {
      return response
          .addDiagnostics(
              ToProto.diagnostic(
                  Diagnostic.error(
                      "Unsupported state format",
                      "The stored state of "
                          + request.getTypeName()
                          + " is in the legacy flatmap format, which this provider never wrote.")))
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
  }

  ReadResource.Response read(ReadResource.Request request) {
    ReadResource.Response.Builder response =
        ReadResource.Response.newBuilder().setPrivate(request.getPrivate());
    Optional<Schema> schema = core.resourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response.addDiagnostics(unknown(request.getTypeName())).build();
    }
    Type type = schema.get().type();
    Result result =
        core.read(request.getTypeName(), FromProto.value(request.getCurrentState(), type));
    return response
        .setNewState(ToProto.value(result.value(), type))
        .addAllDiagnostics(ToProto.diagnostics(result.diagnostics()))
        .build();
  }

  PlanResourceChange.Response plan(PlanResourceChange.Request request) {
    PlanResourceChange.Response.Builder response =
        PlanResourceChange.Response.newBuilder().setPlannedPrivate(request.getPriorPrivate());
    Optional<Schema> schema = core.resourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response.addDiagnostics(unknown(request.getTypeName())).build();
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
  }

  ApplyResourceChange.Response apply(ApplyResourceChange.Request request) {
    ApplyResourceChange.Response.Builder response =
        ApplyResourceChange.Response.newBuilder().setPrivate(request.getPlannedPrivate());
    Optional<Schema> schema = core.resourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response.addDiagnostics(unknown(request.getTypeName())).build();
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
  }

  ImportResourceState.Response importState(ImportResourceState.Request request) {
    ImportResourceState.Response.Builder response = ImportResourceState.Response.newBuilder();
    Optional<Schema> schema = core.resourceSchema(request.getTypeName());
    if (schema.isEmpty()) {
      return response.addDiagnostics(unknown(request.getTypeName())).build();
    }
    Result result = core.importState(request.getTypeName(), request.getId());
    if (!result.diagnostics().hasErrors()) {
      response.addImportedResources(
          ImportResourceState.ImportedResource.newBuilder()
              .setTypeName(request.getTypeName())
              .setState(ToProto.value(result.value(), schema.get().type())));
    }
    return response.addAllDiagnostics(ToProto.diagnostics(result.diagnostics())).build();
  }

  private static Tfplugin6.Diagnostic unknown(String typeName) {
    return ToProto.unknownType("resource", typeName);
  }
}
