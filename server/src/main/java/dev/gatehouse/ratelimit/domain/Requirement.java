package dev.gatehouse.ratelimit.domain;

import java.util.List;

/**
 * What a call must get past: one of {@code budgets}. Most requirements have a single budget; a
 * caller in several limited groups has one requirement with a budget per group, since Databricks
 * blocks such a caller only when every one of those groups is exhausted.
 */
public record Requirement(List<Budget> budgets) {
  public Requirement {
    budgets = List.copyOf(budgets);
  }

  static Requirement of(Budget budget) {
    return new Requirement(List.of(budget));
  }

  /** Every alternative is disabled by a 0: waiting will not help. */
  boolean disabled() {
    return budgets.stream().allMatch(Budget::disabled);
  }
}
