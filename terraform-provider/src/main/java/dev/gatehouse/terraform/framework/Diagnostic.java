package dev.gatehouse.terraform.framework;

/**
 * A message for the user: a short summary, a detail that says how to fix it, and optionally the
 * attribute it is about ({@code null} for the whole resource or provider).
 */
public record Diagnostic(Severity severity, String summary, String detail, AttributePath path) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Diagnostic error(String summary, String detail) {
    return new Diagnostic(Severity.ERROR, summary, detail, null);
  }

  public static Diagnostic error(AttributePath path, String summary, String detail) {
    return new Diagnostic(Severity.ERROR, summary, detail, path);
  }

  public static Diagnostic warning(String summary, String detail) {
    return new Diagnostic(Severity.WARNING, summary, detail, null);
  }
}
