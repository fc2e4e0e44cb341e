package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.schema.SchemaValidator;
import dev.gatehouse.schema.Violation;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;

/**
 * Plan-time checks with the server's own rules: the request body the configuration stands for goes
 * through the same {@link SchemaValidator} the server runs, and each violation becomes a diagnostic
 * at the HCL argument it is about. Skipped while any value is unknown (e.g. from another resource):
 * the server checks again at apply.
 */
final class ConfigValidation {
  private ConfigValidation() {}

  static void validate(Value config, Diagnostics diagnostics) {
    if (!config.isWhollyKnown()) {
      return;
    }
    List<Violation> violations =
        Validator.INSTANCE.validate(
            ModelServingSchema.ROOT_SCHEMA, ModelServingBodies.create(config));
    for (Violation violation : violations) {
      ViolationPath.Located at = ViolationPath.locate(violation.path());
      diagnostics.error(
          at.path(),
          "Invalid serving endpoint configuration",
          (at.path().steps().isEmpty() ? "The endpoint" : at.path().toString())
              + " "
              + violation.message()
              + ".");
    }
  }

  /** Compiling the schemas is the costly part: once per provider process, on first use. */
  private static final class Validator {
    static final SchemaValidator INSTANCE = new SchemaValidator();
  }
}
