package dev.gatehouse.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line flags; unknown names are refused so typos do not pass. */
public final class Flags {
  private final Map<String, String> values = new HashMap<>();

  /**
   * @param known the flag names, space-separated
   */
  public Flags(String[] args, String known) {
    this(args, Set.of(known.split(" ")));
  }

  public Flags(String[] args, Set<String> known) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got '" + arg + "'");
      }
      String name = arg.substring(2);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown flag --" + name + "; known: " + known);
      }
      values.put(name, args[++i]);
    }
  }

  public String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public int integer(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  public double decimal(String name, double fallback) {
    String value = values.get(name);
    return value == null ? fallback : Double.parseDouble(value);
  }
}
