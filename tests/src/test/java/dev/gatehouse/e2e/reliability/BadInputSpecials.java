package dev.gatehouse.e2e.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cases that are not a family, read from {@code reliability/bad-inputs/specials.txt} (its
 * header describes the format): one line each, with the status and code the docs give.
 */
final class BadInputSpecials {
  static final String FILE = "/reliability/bad-inputs/specials.txt";
  private static final Pattern RAW_BYTE = Pattern.compile("\\\\x([0-9A-F]{2})");
  private static final Pattern MACRO = Pattern.compile("@@(repeat|list) (\\d+) (.*?)@@");

  private final UnaryOperator<String> resolve;

  /** {@code resolve}: replaces the fixture placeholders of a path or body. */
  BadInputSpecials(UnaryOperator<String> resolve) {
    this.resolve = resolve;
  }

  List<BadInputCase> all() {
    List<BadInputCase> cases = new ArrayList<>();
    for (String line : lines(FILE)) {
      String[] fields = line.split(" \\| ", 6);
      if (fields.length != 6) {
        throw new IllegalStateException(FILE + " has a line without 6 fields: " + line);
      }
      String[] route = fields[2].split(" ", 2);
      Set<Integer> statuses =
          Arrays.stream(fields[3].split(",")).map(Integer::valueOf).collect(Collectors.toSet());
      String code = fields[4].equals("-") ? null : fields[4];
      byte[] body = fields[5].equals("-") ? null : bytes(resolve.apply(fields[5]));
      String type = body == null ? null : BadInputCase.JSON;
      String path = resolve.apply(route[1]);
      cases.add(
          new BadInputCase(
              fields[0], fields[1], route[0], path, body, type, statuses, code, false));
    }
    return cases;
  }

  /**
   * A body of a corpus file as the bytes to send: its macros written out, each {@code \\xHH} the
   * raw byte HH (for bytes that are not UTF-8), the rest UTF-8.
   */
  static byte[] bytes(String body) {
    String text = expand(body);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Matcher raw = RAW_BYTE.matcher(text);
    int at = 0;
    while (raw.find()) {
      out.writeBytes(text.substring(at, raw.start()).getBytes(StandardCharsets.UTF_8));
      out.write(Integer.parseInt(raw.group(1), 16));
      at = raw.end();
    }
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The body with its {@code @@repeat@@} and {@code @@list@@} macros written out. */
  private static String expand(String body) {
    Matcher macro = MACRO.matcher(body);
    StringBuilder out = new StringBuilder();
    while (macro.find()) {
      int count = Integer.parseInt(macro.group(2));
      String item = macro.group(3);
      String expanded =
          macro.group(1).equals("repeat")
              ? item.repeat(count)
              : String.join(",", numbered(item, count));
      macro.appendReplacement(out, Matcher.quoteReplacement(expanded));
    }
    return macro.appendTail(out).toString();
  }

  private static List<String> numbered(String item, int count) {
    if (!item.contains("%d")) {
      return Collections.nCopies(count, item);
    }
    List<String> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(item.replace("%d", Integer.toString(i)));
    }
    return items;
  }

  /** The lines of a corpus file, without blank lines and {@code #} comments. */
  static List<String> lines(String resource) {
    try (InputStream in = BadInputSpecials.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
