package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.List;

/** The diagnostics one RPC collects; any error makes Terraform stop after this call. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public Diagnostics add(Diagnostic diagnostic) {
    all.add(diagnostic);
    return this;
  }

  public Diagnostics error(String summary, String detail) {
    return add(Diagnostic.error(summary, detail));
  }

  public Diagnostics error(AttributePath path, String summary, String detail) {
    return add(Diagnostic.error(path, summary, detail));
  }

  public Diagnostics warning(String summary, String detail) {
    return add(Diagnostic.warning(summary, detail));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  public List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
