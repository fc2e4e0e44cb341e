package dev.gatehouse.terraform.framework;

/**
 * A managed resource type, written in the order of its parts: metadata, schema, (validate), create,
 * read, update, delete, import. The framework does the Terraform work around it (unknowns on
 * create, {@code requires_replace} from {@link Attribute#forceNew()}, keeping planned values in the
 * applied state, write-only attributes never stored); a resource maps between one API object and
 * one {@link Value} of its schema.
 *
 * <p>API failures need no handling here: a {@code GatehouseApiException} thrown from any method
 * becomes an error diagnostic that carries the server's message.
 */
public interface Resource {

  /** The type name users write, e.g. {@code gatehouse_secret_scope}. */
  String typeName();

  Schema schema();

  /** Checks the configuration beyond its types. Values from {@code var.*} may be unknown: skip. */
  default void validate(Value config, Diagnostics diagnostics) {}

  /**
   * Adjusts a plan (create or update, never destroy) beyond the framework's rules: unknowns for
   * values the API will change, replacements the force-new marks cannot express.
   */
  default void modifyPlan(PlanChange change) {}

  /**
   * Creates the object. {@code planned} holds the configuration with unknown computed attributes;
   * return the object as the API now reports it (known planned values are kept regardless).
   */
  Value create(Value planned, Value config, ResourceContext context);

  /**
   * The object as the API reports it now, or {@code null} when it is gone (Terraform recreates).
   */
  Value read(Value state, ResourceContext context);

  /**
   * Changes in place what may change; only called when no force-new attribute changed. A resource
   * whose change only partly succeeded adds an error to {@code context.diagnostics()} and returns
   * the object as it now is: that is stored instead of the plan (the same holds for {@code create},
   * where Terraform then marks the object tainted).
   */
  Value update(Value prior, Value planned, Value config, ResourceContext context);

  void delete(Value state, ResourceContext context);

  /** A state for {@code terraform import <id>}; Terraform calls {@link #read} right after. */
  Value importState(String id, ResourceContext context);

  /**
   * The stored state of an older schema version in the current shape. The default decodes it with
   * the current schema, dropping attributes that no longer exist.
   */
  default Value upgradeState(long version, byte[] json) {
    return JsonCodec.decode(json, schema().type());
  }
}
