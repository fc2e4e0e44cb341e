package dev.gatehouse.terraform.framework;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.GatehouseClient;
import java.util.Map;
import java.util.Optional;

/**
 * The provider as Terraform sees it, minus the wire: configuration, then routing by type name to
 * the registered resources and data sources, with the shared planning and state rules around them.
 * Configuring again (one process serves many commands in reattach mode) replaces the client.
 */
public final class ProviderCore {
  private final Registry registry;
  private final Map<String, String> env;
  private volatile GatehouseClient client;

  public ProviderCore(Registry registry, Map<String, String> env) {
    this.registry = registry;
    this.env = env;
  }

  public Schema providerSchema() {
    return ProviderConfig.SCHEMA;
  }

  public Registry registry() {
    return registry;
  }

  public Optional<Schema> resourceSchema(String typeName) {
    return registry.resource(typeName).map(Resource::schema);
  }

  public Optional<Schema> dataSourceSchema(String typeName) {
    return registry.dataSource(typeName).map(DataSource::schema);
  }

  public Diagnostics validateProvider(Value config) {
    Diagnostics diagnostics = new Diagnostics();
    ProviderConfig.validate(config, diagnostics);
    return diagnostics;
  }

  public Diagnostics configure(Value config) {
    Diagnostics diagnostics = new Diagnostics();
    GatehouseClient configured = ProviderConfig.configure(config, env, diagnostics);
    if (configured != null) {
      client = configured;
    }
    return diagnostics;
  }

  /**
   * Checks a resource configuration; {@code writeOnlyAllowed} is the client's promise never to
   * store write-only values (Terraform 1.11+).
   */
  public Diagnostics validateResource(String typeName, Value config, boolean writeOnlyAllowed) {
    Diagnostics diagnostics = new Diagnostics();
    Resource resource = resource(typeName);
    if (!writeOnlyAllowed) {
      WriteOnlyRule.check(resource.schema().block(), config, AttributePath.ROOT, diagnostics);
    }
    resource.validate(config, diagnostics);
    return diagnostics;
  }

  public Diagnostics validateDataSource(String typeName, Value config) {
    Diagnostics diagnostics = new Diagnostics();
    registry.dataSource(typeName).orElseThrow().validate(config, diagnostics);
    return diagnostics;
  }

  public Result upgradeState(String typeName, long version, byte[] json) {
    Resource resource = resource(typeName);
    Block block = resource.schema().block();
    Value upgraded = resource.upgradeState(version, json);
    return new Result(States.withEmptyBlocks(block, upgraded), new Diagnostics());
  }

  public Result read(String typeName, Value state) {
    Resource resource = resource(typeName);
    return call(
        "read " + typeName,
        state,
        context -> {
          Value current = resource.read(state, context);
          return current == null
              ? Value.nullOf(state.type())
              : States.withoutWriteOnly(resource.schema().block(), current);
        });
  }

  public Result.Plan plan(String typeName, Value prior, Value proposed, Value config) {
    Resource resource = resource(typeName);
    Block block = resource.schema().block();
    Value planned = States.withoutWriteOnly(block, Plans.plannedState(block, prior, proposed));
    Diagnostics diagnostics = new Diagnostics();
    PlanChange change =
        new PlanChange(
            prior, config, planned, Plans.requiresReplace(block, prior, planned), diagnostics);
    if (!planned.isNull()) {
      resource.modifyPlan(change);
    }
    return new Result.Plan(
        States.withoutWriteOnly(block, change.planned()), change.requiresReplace(), diagnostics);
  }

  public Result apply(String typeName, Value prior, Value planned, Value config) {
    Resource resource = resource(typeName);
    Block block = resource.schema().block();
    if (planned.isNull()) {
      return call(
          "delete " + typeName,
          prior,
          context -> {
            resource.delete(prior, context);
            return planned;
          });
    }
    String action = (prior.isNull() ? "create " : "update ") + typeName;
    return call(
        action,
        prior,
        context -> {
          Value result =
              prior.isNull()
                  ? resource.create(planned, config, context)
                  : resource.update(prior, planned, config, context);
          // A resource that reports an error with a result applied only part of the plan: its
          // result is the truth (Terraform taints a failed create), not the plan.
          return context.diagnostics().hasErrors() && result != null
              ? States.withoutWriteOnly(block, result)
              : States.settle(block, planned, result);
        });
  }

  public Result importState(String typeName, String id) {
    Resource resource = resource(typeName);
    Block block = resource.schema().block();
    return call(
        "import " + typeName,
        Value.nullOf(block.type()),
        context -> States.withoutWriteOnly(block, resource.importState(id, context)));
  }

  public Result readDataSource(String typeName, Value config) {
    DataSource dataSource = registry.dataSource(typeName).orElseThrow();
    return call("read data source " + typeName, config, c -> dataSource.read(config, c));
  }

  private Resource resource(String typeName) {
    return registry.resource(typeName).orElseThrow();
  }

  private interface Operation {
    Value run(ResourceContext context);
  }

  /** Runs a resource operation; on failure answers {@code fallback} and an error diagnostic. */
  private Result call(String action, Value fallback, Operation operation) {
    Diagnostics diagnostics = new Diagnostics();
    ProviderLog.debug(action);
    try {
      return new Result(operation.run(new ResourceContext(client, diagnostics)), diagnostics);
    } catch (RuntimeException e) {
      Diagnostic failure = ApiErrors.toDiagnostic(action, e);
      ProviderLog.warn(failure.summary() + ": " + failure.detail());
      if (!(e instanceof GatehouseApiException)) {
        e.printStackTrace(System.err);
      }
      diagnostics.add(failure);
      return new Result(fallback, diagnostics);
    }
  }
}
