package dev.gatehouse.terraform.framework;

/** A data source type: metadata, schema, (validate), read. */
public interface DataSource {
  String typeName();

  Schema schema();

  default void validate(Value config, Diagnostics diagnostics) {}

  /** The configuration with its computed attributes filled in from the API. */
  Value read(Value config, ResourceContext context);
}
