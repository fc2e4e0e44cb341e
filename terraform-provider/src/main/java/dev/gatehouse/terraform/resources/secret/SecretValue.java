package dev.gatehouse.terraform.resources.secret;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Value;
import java.nio.charset.StandardCharsets;

/**
 * The two ways to give a secret's value, exactly one at a time: {@code string_value}, kept
 * (sensitive) in state as {@code databricks_secret} does, or the write-only {@code string_value_wo}
 * that Terraform never stores. Since Terraform cannot diff a value it never kept, {@code
 * string_value_wo_version} stands for it: a new version is what makes the provider send the value
 * again.
 */
final class SecretValue {
  static final String STRING_VALUE = "string_value";
  static final String WRITE_ONLY = "string_value_wo";
  static final String VERSION = "string_value_wo_version";

  /** The server's limit (secret-put.schema.json): 128 KiB of UTF-8. */
  static final int MAX_BYTES = 131072;

  private SecretValue() {}

  static void validate(Value config, Diagnostics diagnostics) {
    boolean inState = !config.get(STRING_VALUE).isNull();
    boolean writeOnly = !config.get(WRITE_ONLY).isNull();
    boolean versioned = !config.get(VERSION).isNull();
    if (!inState && !writeOnly) {
      diagnostics.error(
          AttributePath.of(STRING_VALUE),
          "Missing secret value",
          "Set string_value (stored in state, marked sensitive) or, with Terraform 1.11+,"
              + " string_value_wo together with string_value_wo_version (never stored).");
    } else if (inState && writeOnly) {
      diagnostics.error(
          AttributePath.of(WRITE_ONLY),
          "Conflicting secret values",
          "Set either string_value or string_value_wo, not both.");
    }
    if (writeOnly && !versioned) {
      diagnostics.error(
          AttributePath.of(VERSION),
          "Missing string_value_wo_version",
          "Terraform never stores string_value_wo, so it cannot see when it changes: set"
              + " string_value_wo_version (e.g. 1) and increase it whenever you change the value.");
    } else if (versioned && !writeOnly) {
      diagnostics.error(
          AttributePath.of(VERSION),
          "string_value_wo_version without string_value_wo",
          "string_value_wo_version only says when to send string_value_wo again: remove it, or"
              + " give the value as string_value_wo instead of string_value.");
    }
    checkSize(config, STRING_VALUE, diagnostics);
    checkSize(config, WRITE_ONLY, diagnostics);
  }

  private static void checkSize(Value config, String attribute, Diagnostics diagnostics) {
    Value value = config.get(attribute);
    if (value.isKnown()) {
      int bytes = value.asString().getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_BYTES) {
        diagnostics.error(
            AttributePath.of(attribute),
            "Secret value too large",
            "A secret holds at most 131072 bytes (128 KiB) of UTF-8; this one has " + bytes + ".");
      }
    }
  }

  /** The value to put, from the configuration (the only place a write-only value exists). */
  static String toSend(Value config) {
    Value inState = config.get(STRING_VALUE);
    return inState.isNull() ? config.getString(WRITE_ONLY) : inState.asString();
  }

  /** Whether the plan must put the value again: the stored value or the version moved. */
  static boolean changed(Value prior, Value planned) {
    return !prior.get(STRING_VALUE).equals(planned.get(STRING_VALUE))
        || !prior.get(VERSION).equals(planned.get(VERSION));
  }
}
