package dev.gatehouse.bench.report;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The text of the table as it is written, and how its numbers are shown (a blank for NaN). */
final class Text {
  private final StringBuilder out = new StringBuilder();

  /** A blank line, a title and the column headings of one section. */
  void section(String title, String format, String... headings) {
    line("");
    line("%s", title);
    line(format, (Object[]) headings);
  }

  void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  static String gw(JsonNode run, String field) {
    JsonNode value = run.path("gateway").path(field);
    return value.isNumber() ? String.format(Locale.ROOT, "%.0f", value.asDouble()) : "";
  }

  static String ms(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%+.2f", value);
  }

  static String plain(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
  }

  static String times(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2fx", value);
  }

  static String pct(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * value);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
