package dev.gatehouse.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Finds floating-point numbers beyond the 64-bit range ({@code 1e308}, {@code 1e999}), which
 * networknt's {@code minimum}/{@code maximum} keywords cannot compare: they convert the value to a
 * {@code long} and throw. Every number Gatehouse's schemas accept is an integer that fits in 64
 * bits, so such a value is a violation wherever it appears, reported before the schema runs.
 */
final class OutOfRangeNumbers {
  static final String MESSAGE = "must be a whole number that fits in 64 bits";
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private OutOfRangeNumbers() {}

  static List<Violation> find(JsonNode document) {
    List<Violation> found = new ArrayList<>();
    collect(document, "$", found);
    return found;
  }

  private static void collect(JsonNode node, String path, List<Violation> found) {
    if (node.isFloatingPointNumber() && outOfRange(node)) {
      found.add(new Violation(path, MESSAGE));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", found);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        String child =
            IDENTIFIER.matcher(name).matches()
                ? path + "." + name
                : path + "['" + name.replace("'", "\\'") + "']";
        collect(field.getValue(), child, found);
      }
    }
  }

  private static boolean outOfRange(JsonNode number) {
    double value = number.asDouble();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return true;
    }
    BigDecimal exact = number.isBigDecimal() ? number.decimalValue() : new BigDecimal(value);
    return exact.compareTo(MIN) < 0 || exact.compareTo(MAX) > 0;
  }
}
