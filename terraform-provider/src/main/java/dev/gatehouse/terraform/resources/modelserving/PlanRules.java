package dev.gatehouse.terraform.resources.modelserving;

import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.CONFIG;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.EXTERNAL_MODEL;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.SERVED_ENTITIES;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.SERVED_MODELS;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.PlanChange;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What only this resource knows when planning. The server refuses, in place, to change the task of
 * an endpoint's external models or to switch between external and other models, so such a change
 * replaces the endpoint. And when the config changes, the served-entity attributes the server fills
 * in ({@code name}, {@code workload_type}) are unknown until apply, unless configured.
 */
final class PlanRules {
  static final List<String> SERVER_FILLED = List.of("name", "workload_type");

  private PlanRules() {}

  static void apply(PlanChange change) {
    if (change.isCreate()) {
      return;
    }
    if (ModelServingState.first(change.prior().get(CONFIG)) != null
        && ModelServingState.first(change.planned().get(CONFIG)) == null) {
      change
          .diagnostics()
          .error(
              AttributePath.of(CONFIG),
              "A serving endpoint cannot drop its config",
              "The endpoint keeps serving its last config; the API has no way to remove it. Keep"
                  + " the config block, or delete the endpoint (remove the resource).");
      return;
    }
    Value kept = withServerFilled(change.planned(), change.config(), change.prior(), true);
    if (kept.get(CONFIG).equals(change.prior().get(CONFIG))) {
      // Only other parts change: the served entities keep what the server filled in.
      change.plan(kept);
      return;
    }
    replaceOnTaskChange(change);
    change.plan(withServerFilled(change.planned(), change.config(), change.prior(), false));
  }

  /** The task of the external models of a config object, or null when it has none. */
  static String task(Value configBlocks) {
    Value config = ModelServingState.first(configBlocks);
    if (config == null) {
      return null;
    }
    for (Value entity : config.get(SERVED_ENTITIES).elements()) {
      Value external = ModelServingState.first(entity.get(EXTERNAL_MODEL));
      if (external != null) {
        return external.isKnown() && external.get("task").isKnown()
            ? external.getString("task")
            : "(unknown)";
      }
    }
    return null;
  }

  private static void replaceOnTaskChange(PlanChange change) {
    String before = task(change.prior().get(CONFIG));
    String after = task(change.planned().get(CONFIG));
    boolean hadConfig = ModelServingState.first(change.prior().get(CONFIG)) != null;
    if (hadConfig && !Objects.equals(before, after) && !"(unknown)".equals(after)) {
      change.requireReplace(taskPath(change.planned(), after != null));
    }
  }

  /** The task of the first external model, or the served entities when there is none now. */
  private static AttributePath taskPath(Value planned, boolean external) {
    AttributePath entities = AttributePath.of(CONFIG).index(0).attribute(SERVED_ENTITIES);
    if (!external) {
      return entities;
    }
    List<Value> all = ModelServingState.first(planned.get(CONFIG)).get(SERVED_ENTITIES).elements();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).get(EXTERNAL_MODEL).elements().isEmpty()) {
        return entities.index(i).attribute(EXTERNAL_MODEL).index(0).attribute("task");
      }
    }
    return entities;
  }

  /**
   * The plan with the server-filled attributes the configuration leaves out set to {@code unknown}
   * (when {@code fromPrior} is false) or to their prior values.
   */
  static Value withServerFilled(Value planned, Value config, Value prior, boolean fromPrior) {
    Value plannedConfig = ModelServingState.first(planned.get(CONFIG));
    Value configured = ModelServingState.first(config.get(CONFIG));
    Value priorConfig = ModelServingState.first(prior.get(CONFIG));
    if (plannedConfig == null || configured == null) {
      return planned;
    }
    for (String entities : List.of(SERVED_ENTITIES, SERVED_MODELS)) {
      List<Value> plannedEntities = plannedConfig.get(entities).elements();
      List<Value> configuredEntities = configured.get(entities).elements();
      List<Value> priorEntities =
          priorConfig == null ? List.of() : priorConfig.get(entities).elements();
      List<Value> updated = new ArrayList<>();
      for (int i = 0; i < plannedEntities.size(); i++) {
        Value entity = plannedEntities.get(i);
        for (String attribute : SERVER_FILLED) {
          boolean set =
              i < configuredEntities.size() && !configuredEntities.get(i).get(attribute).isNull();
          if (!set) {
            Value unknown = Value.unknown(entity.get(attribute).type());
            Value before = i < priorEntities.size() ? priorEntities.get(i).get(attribute) : unknown;
            entity = entity.with(attribute, fromPrior ? before : unknown);
          }
        }
        updated.add(entity);
      }
      if (!updated.isEmpty()) {
        plannedConfig = plannedConfig.with(entities, Value.list(updated.get(0).type(), updated));
      }
    }
    return planned.with(CONFIG, Value.list(plannedConfig.type(), List.of(plannedConfig)));
  }
}
