package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The endpoint-shape rules a config must pass before it becomes a version, in the order a user
 * should hear about them: conversion between external and non-external first (it can never be fixed
 * by editing the config), then shape, provider settings, task and catalog. Returns the config with
 * Databricks' defaults filled in.
 */
public final class ConfigRules {
  private static final List<Field> COMPUTE_FIELDS =
      List.of(
          new Field("entity_name", ServedEntity::entityName),
          new Field("entity_version", ServedEntity::entityVersion),
          new Field("workload_size", ServedEntity::workloadSize),
          new Field("workload_type", ServedEntity::workloadType),
          new Field("min_provisioned_concurrency", ServedEntity::minProvisionedConcurrency),
          new Field("max_provisioned_concurrency", ServedEntity::maxProvisionedConcurrency),
          new Field("min_provisioned_throughput", ServedEntity::minProvisionedThroughput),
          new Field("max_provisioned_throughput", ServedEntity::maxProvisionedThroughput),
          new Field("provisioned_model_units", ServedEntity::provisionedModelUnits),
          new Field("burst_scaling_enabled", ServedEntity::burstScalingEnabled),
          new Field("environment_vars", ServedEntity::environmentVars),
          new Field("instance_profile_arn", ServedEntity::instanceProfileArn));

  private static final int MAX_ENTITY_NAME = 63;

  private final ModelCatalog catalog;

  public ConfigRules(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * @param path where the config sits in the request body ({@code "config"} on create, {@code ""}
   *     for a config update), so messages point at the field to fix
   */
  public EndpointConfig normalize(
      EndpointName endpoint, EndpointKind current, EndpointConfig config, String path) {
    String prefix = path.isEmpty() ? "" : path + ".";
    boolean hasEntities = config.servedEntities() != null && !config.servedEntities().isEmpty();
    boolean hasModels = config.servedModels() != null && !config.servedModels().isEmpty();
    if (hasEntities && hasModels) {
      throw new InvalidParameterException(
          prefix
              + "served_entities and "
              + prefix
              + "served_models cannot both be set; use"
              + " served_entities.");
    }
    if (!hasEntities && !hasModels) {
      throw new InvalidParameterException(
          prefix + "served_entities is required: a config serves at least one entity.");
    }
    checkConversion(endpoint, current, config);
    if (!config.hasExternalModel()) {
      String where = hasModels ? prefix + "served_models" : prefix + "served_entities";
      throw new InvalidParameterException(
          where
              + ": models hosted by Gatehouse itself (entity_name/entity_version, served_models)"
              + " are not served yet; serve an external model with external_model instead.");
    }
    List<ServedEntity> entities = config.servedEntities();
    if (entities.size() != 1) {
      throw new InvalidParameterException(
          prefix
              + "served_entities: an endpoint with an external_model has exactly one served entity;"
              + " this config has "
              + entities.size()
              + ". Create one endpoint per external model.");
    }
    ServedEntity entity = entities.get(0);
    String entityPath = prefix + "served_entities[0]";
    checkNoComputeFields(entity, entityPath);
    ExternalModel model = entity.externalModel();
    ExternalModelRules.check(model, entityPath + ".external_model");
    Task task = model.taskKind();
    if (current.task() != null && current.task() != task) {
      throw new InvalidParameterException(
          "Serving endpoint '"
              + endpoint
              + "' has task '"
              + current.task().wire()
              + "', fixed at creation; a config with task '"
              + task.wire()
              + "' cannot be applied. Create a new endpoint for that task.");
    }
    catalog.requireSanctioned(
        model.providerKind(), task, model.name(), entityPath + ".external_model.name");
    ServedEntity named =
        ServedEntity.external(entity.name() != null ? entity.name() : defaultName(model), model);
    TrafficConfig traffic = normalizeTraffic(config.trafficConfig(), List.of(named), prefix);
    return new EndpointConfig(List.of(named), null, traffic);
  }

  private static void checkConversion(
      EndpointName endpoint, EndpointKind current, EndpointConfig config) {
    if (current.external() == null) {
      return;
    }
    if (current.external() && config.hasNonExternalEntity()) {
      throw new InvalidParameterException(
          "Serving endpoint '"
              + endpoint
              + "' serves an external model and cannot be converted to a config without"
              + " external_model. Create a new endpoint instead.");
    }
    if (!current.external() && config.hasExternalModel()) {
      throw new InvalidParameterException(
          "Serving endpoint '"
              + endpoint
              + "' does not serve an external model and cannot be converted to one. Create a"
              + " new endpoint instead.");
    }
  }

  private static void checkNoComputeFields(ServedEntity entity, String path) {
    List<String> present = new ArrayList<>();
    for (Field f : COMPUTE_FIELDS) {
      if (f.getter.apply(entity) != null) {
        present.add(f.name);
      }
    }
    if (!present.isEmpty()) {
      throw new InvalidParameterException(
          path
              + ": external_model cannot be combined with "
              + String.join(", ", present)
              + "; an external model needs no compute settings, remove them.");
    }
  }

  /**
   * Databricks' default, the model name with '.' and ':' replaced, generalized: open providers
   * accept any model name, so every character a served entity name cannot hold becomes '-'.
   */
  static String defaultName(ExternalModel model) {
    String name = model.name().replaceAll("[^A-Za-z0-9_-]", "-");
    return name.length() > MAX_ENTITY_NAME ? name.substring(0, MAX_ENTITY_NAME) : name;
  }

  private static TrafficConfig normalizeTraffic(
      TrafficConfig traffic, List<ServedEntity> entities, String prefix) {
    if (traffic == null || traffic.routes() == null || traffic.routes().isEmpty()) {
      String only = entities.get(0).name();
      return new TrafficConfig(List.of(new TrafficConfig.Route(only, only, 100)));
    }
    Set<String> names = new HashSet<>();
    entities.forEach(e -> names.add(e.name()));
    Set<String> routed = new HashSet<>();
    List<TrafficConfig.Route> routes = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < traffic.routes().size(); i++) {
      TrafficConfig.Route route = traffic.routes().get(i);
      String path = prefix + "traffic_config.routes[" + i + "]";
      String target = route.target();
      if (target == null) {
        throw new InvalidParameterException(path + ".served_entity_name is required.");
      }
      if (route.servedEntityName() != null
          && route.servedModelName() != null
          && !route.servedEntityName().equals(route.servedModelName())) {
        throw new InvalidParameterException(
            path + ": served_entity_name and served_model_name name different entities.");
      }
      if (!names.contains(target)) {
        throw new InvalidParameterException(
            path
                + ".served_entity_name '"
                + target
                + "' is not a served entity of this config; known: "
                + String.join(", ", names)
                + ".");
      }
      if (!routed.add(target)) {
        throw new InvalidParameterException(path + ": entity '" + target + "' is routed twice.");
      }
      total += route.trafficPercentage();
      routes.add(new TrafficConfig.Route(target, target, route.trafficPercentage()));
    }
    if (total != 100) {
      throw new InvalidParameterException(
          prefix
              + "traffic_config: traffic percentages add up to "
              + total
              + "; they must add"
              + " up to 100.");
    }
    return new TrafficConfig(routes);
  }

  private record Field(String name, Function<ServedEntity, Object> getter) {}
}
