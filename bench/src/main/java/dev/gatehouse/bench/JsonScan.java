package dev.gatehouse.bench;

/**
 * Reads one string field of compact JSON by scanning the text: the fake upstream and the driver
 * must stay cheap next to the gateway they measure, so neither parses whole bodies.
 */
public final class JsonScan {
  private JsonScan() {}

  /** The first string value of {@code "name"}, or null when there is none. */
  public static String stringField(String body, String name) {
    int key = body.indexOf("\"" + name + "\"");
    if (key < 0) {
      return null;
    }
    int colon = body.indexOf(':', key);
    int open = colon < 0 ? -1 : body.indexOf('"', colon + 1);
    int close = open < 0 ? -1 : body.indexOf('"', open + 1);
    return close < 0 ? null : body.substring(open + 1, close);
  }
}
