package dev.gatehouse.schema;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One way a document breaks a schema, phrased for the person who sent it.
 *
 * <p>The path points at the offending value, or at the missing or unexpected property itself, so a
 * caller can find it without knowing JSON Schema. Paths and messages are part of Gatehouse's API:
 * tests assert them verbatim.
 *
 * @param path a JSON path starting with {@code $}, e.g. {@code $.config.served_entities[0].name}
 * @param message what was expected there, e.g. {@code is required}
 */
public record Violation(String path, String message) implements Comparable<Violation> {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Orders by path, reading array indexes as numbers so that {@code [2]} comes before {@code [10]},
   * then by message.
   */
  @Override
  public int compareTo(Violation other) {
    int byPath = comparePaths(path, other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = endOfDigits(a, i);
        int endB = endOfDigits(b, j);
        int byNumber =
            new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else if (ca != cb) {
        return Character.compare(ca, cb);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int endOfDigits(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
