package dev.gatehouse.terraform.resources.datasources;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.DataSource;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code gatehouse_external_models}: the sanctioned-model catalog, optionally filtered. */
public final class ExternalModelsDataSource implements DataSource {
  static final Block MODEL =
      Block.of(
          "One catalog entry.",
          Attribute.string("name").computed().description("The provider's model name."),
          Attribute.string("provider").computed().description("Who hosts the model."),
          Attribute.string("task").computed().description("The kind of call the model answers."),
          Attribute.string("description").computed().description("What the model is for."));

  private static final Block BLOCK =
      Block.of(
          "The sanctioned external models: the model names an endpoint may use for each provider"
              + " and task. Open providers (custom, databricks-model-serving) have no entries.",
          Attribute.string("task")
              .optional()
              .description("Only models of this task: one of " + String.join(", ", tasks()) + "."),
          Attribute.string("model_provider")
              .optional()
              .description(
                  "Only models of this provider (named so because provider is a Terraform"
                      + " meta-argument): one of "
                      + String.join(", ", providers())
                      + "."),
          Attribute.of("models", Type.list(MODEL.type()))
              .computed()
              .description(
                  "The matching models, sorted by provider, task and name: each with name,"
                      + " provider, task and description."));

  @Override
  public String typeName() {
    return "gatehouse_external_models";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    check(config, "task", tasks(), diagnostics);
    check(config, "model_provider", providers(), diagnostics);
  }

  @Override
  public Value read(Value config, ResourceContext context) {
    List<JsonNode> models =
        context
            .client()
            .externalModels()
            .list(config.getString("task"), config.getString("model_provider"));
    return config.with("models", models(models));
  }

  /** The catalog entries as the {@code models} list. */
  static Value models(List<JsonNode> models) {
    return Value.list(
        MODEL.type(),
        models.stream()
            .map(
                m ->
                    MODEL
                        .newObject()
                        .set("name", m.path("name").asString(null))
                        .set("provider", m.path("provider").asString(null))
                        .set("task", m.path("task").asString(null))
                        .set("description", m.path("description").asString(null))
                        .build())
            .toList());
  }

  private static void check(
      Value config, String attribute, List<String> allowed, Diagnostics diagnostics) {
    Value value = config.get(attribute);
    if (value.isKnown() && !value.isNull() && !allowed.contains(value.asString())) {
      diagnostics.error(
          AttributePath.of(attribute),
          "Unknown " + attribute,
          "\""
              + value.asString()
              + "\" is not a "
              + attribute
              + "; use one of: "
              + String.join(", ", allowed)
              + ", or leave it unset for all.");
    }
  }

  private static List<String> tasks() {
    return CommonEnums.values("task");
  }

  private static List<String> providers() {
    return CommonEnums.values("provider");
  }
}
