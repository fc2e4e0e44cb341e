package dev.gatehouse.terraform.resources.modelserving;

import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.EXTERNAL_MODEL;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.PLAINTEXT_SUFFIX;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.SERVED_ENTITIES;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.SERVED_MODELS;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.TRAFFIC_CONFIG;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code config} block as read back: served entities in the prior (configured) order, their
 * {@code *_plaintext} credentials copied from the prior state (GET never returns them), and the
 * server's defaults (the single 100% route, {@code workload_size}, the second route name) left out
 * where the configuration did not write them.
 */
final class ConfigState {
  private static final String ROUTES = "routes";

  private ConfigState() {}

  /** The state's {@code config} blocks; {@code prior} is the prior config object or null. */
  static Value of(Value current, Value prior, NestedBlock configBlock) {
    Value config = ModelServingState.first(current);
    if (config == null) {
      return current;
    }
    Block block = configBlock.block();
    for (String entities : List.of(SERVED_ENTITIES, SERVED_MODELS)) {
      NestedBlock nested = ModelServingBodies.nested(block, entities);
      List<Value> priorEntities = prior == null ? List.of() : prior.get(entities).elements();
      List<Value> ordered = inPriorOrder(config.get(entities).elements(), priorEntities);
      List<Value> merged = new ArrayList<>();
      for (Value entity : ordered) {
        Value before = byName(priorEntities, entity.getString("name"));
        merged.add(entity(entity, before, nested.block()));
      }
      config = config.with(entities, Value.list(nested.block().type(), merged));
    }
    config = config.with(TRAFFIC_CONFIG, traffic(config, prior, block));
    return Value.list(block.type(), List.of(config));
  }

  /** Entities the prior state knew, in its order, then any others in the server's order. */
  static List<Value> inPriorOrder(List<Value> current, List<Value> prior) {
    List<Value> ordered = new ArrayList<>();
    for (Value before : prior) {
      Value match = byName(current, before.getString("name"));
      if (match != null) {
        ordered.add(match);
      }
    }
    for (Value entity : current) {
      if (!ordered.contains(entity)) {
        ordered.add(entity);
      }
    }
    return ordered;
  }

  private static Value byName(List<Value> entities, String name) {
    return entities.stream()
        .filter(e -> name != null && name.equals(e.getString("name")))
        .findFirst()
        .orElse(null);
  }

  private static Value entity(Value entity, Value before, Block block) {
    Value merged = withPlaintext(block, entity, before);
    boolean sizeUnset =
        before == null ? hasExternalModel(entity) : before.get("workload_size").isNull();
    if (block.attribute("workload_size").isPresent() && sizeUnset) {
      merged = merged.with("workload_size", Value.nullOf(merged.get("workload_size").type()));
    }
    return merged;
  }

  private static boolean hasExternalModel(Value entity) {
    return entity.entries().containsKey(EXTERNAL_MODEL)
        && !entity.get(EXTERNAL_MODEL).elements().isEmpty();
  }

  /** Copies every {@code *_plaintext} attribute of {@code before} into {@code current}. */
  static Value withPlaintext(Block block, Value current, Value before) {
    if (before == null || !before.isKnown() || !current.isKnown()) {
      return current;
    }
    Value merged = current;
    for (Attribute attribute : block.attributes()) {
      if (attribute.name().endsWith(PLAINTEXT_SUFFIX)) {
        merged = merged.with(attribute.name(), before.get(attribute.name()));
      }
    }
    for (NestedBlock nested : block.blocks()) {
      List<Value> now = merged.get(nested.name()).elements();
      List<Value> then = before.get(nested.name()).elements();
      if (nested.maxItems() == 1 && now.size() == 1 && then.size() == 1) {
        Value inner = withPlaintext(nested.block(), now.get(0), then.get(0));
        merged = merged.with(nested.name(), Value.list(nested.block().type(), List.of(inner)));
      }
    }
    return merged;
  }

  /**
   * The routes as configured: without the server's default single route when none was written, and
   * with only the route name field (entity or model) the configuration used.
   */
  private static Value traffic(Value config, Value prior, Block configBlock) {
    NestedBlock trafficBlock = ModelServingBodies.nested(configBlock, TRAFFIC_CONFIG);
    Value traffic = ModelServingState.first(config.get(TRAFFIC_CONFIG));
    Value priorTraffic = prior == null ? null : ModelServingState.first(prior.get(TRAFFIC_CONFIG));
    if (traffic == null) {
      return config.get(TRAFFIC_CONFIG);
    }
    if (priorTraffic == null && isDefault(config, traffic)) {
      return trafficBlock.absent();
    }
    NestedBlock routesBlock = ModelServingBodies.nested(trafficBlock.block(), ROUTES);
    List<Value> routes = new ArrayList<>();
    List<Value> priorRoutes =
        priorTraffic == null ? List.of() : priorTraffic.get(ROUTES).elements();
    boolean models = !config.get(SERVED_MODELS).elements().isEmpty();
    for (int i = 0; i < traffic.get(ROUTES).elements().size(); i++) {
      Value route = traffic.get(ROUTES).elements().get(i);
      Value before = i < priorRoutes.size() ? priorRoutes.get(i) : null;
      boolean keepModel = before != null ? !before.get("served_model_name").isNull() : models;
      boolean keepEntity = before != null ? !before.get("served_entity_name").isNull() : !models;
      routes.add(
          route
              .with(
                  "served_model_name",
                  keepModel
                      ? route.get("served_model_name")
                      : Value.nullOf(route.get("served_model_name").type()))
              .with(
                  "served_entity_name",
                  keepEntity
                      ? route.get("served_entity_name")
                      : Value.nullOf(route.get("served_entity_name").type())));
    }
    Value kept = traffic.with(ROUTES, Value.list(routesBlock.block().type(), routes));
    return Value.list(trafficBlock.block().type(), List.of(kept));
  }

  /** One entity and one route sending it everything: what the server fills in by itself. */
  private static boolean isDefault(Value config, Value traffic) {
    List<Value> routes = traffic.get(ROUTES).elements();
    int entities =
        config.get(SERVED_ENTITIES).elements().size() + config.get(SERVED_MODELS).elements().size();
    return entities == 1
        && routes.size() == 1
        && routes.get(0).get("traffic_percentage").equals(Value.number(100));
  }
}
