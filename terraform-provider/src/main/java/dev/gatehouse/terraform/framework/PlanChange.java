package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan being made, open to the resource's {@link Resource#modifyPlan}: the framework has already
 * marked computed values unknown and collected force-new replacements; a resource adds what only it
 * knows (e.g. "a change of task forces replacement", or a computed value that will change).
 */
public final class PlanChange {
  private final Value prior;
  private final Value config;
  private Value planned;
  private final List<AttributePath> requiresReplace;
  private final Diagnostics diagnostics;

  PlanChange(
      Value prior,
      Value config,
      Value planned,
      List<AttributePath> requiresReplace,
      Diagnostics diagnostics) {
    this.prior = prior;
    this.config = config;
    this.planned = planned;
    this.requiresReplace = new ArrayList<>(requiresReplace);
    this.diagnostics = diagnostics;
  }

  /** The current state; null when the object is being created. */
  public Value prior() {
    return prior;
  }

  public Value config() {
    return config;
  }

  public Value planned() {
    return planned;
  }

  /** Replaces the planned state; apply will have to produce every known value in it. */
  public void plan(Value newPlanned) {
    this.planned = newPlanned;
  }

  public boolean isCreate() {
    return prior.isNull();
  }

  /** Whether the planned value at a top-level attribute differs from the prior one. */
  public boolean changed(String attribute) {
    return !isCreate() && !prior.get(attribute).equals(planned.get(attribute));
  }

  public void requireReplace(AttributePath path) {
    if (!isCreate() && !requiresReplace.contains(path)) {
      requiresReplace.add(path);
    }
  }

  public List<AttributePath> requiresReplace() {
    return List.copyOf(requiresReplace);
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }
}
