package dev.gatehouse.terraform.framework;

import java.util.List;

/** A value answered to Terraform, with the diagnostics of the call. */
public record Result(Value value, Diagnostics diagnostics) {

  /** A plan: the planned state and the paths whose change forces a replacement. */
  public record Plan(Value planned, List<AttributePath> requiresReplace, Diagnostics diagnostics) {}
}
