package dev.gatehouse.terraform.framework;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Logging for a plugin: stdout belongs to Terraform, so log lines go to stderr in hclog's JSON
 * shape, which go-plugin parses and shows at their level under {@code TF_LOG} (e.g. {@code
 * TF_LOG=info terraform apply} to follow a resource waiting for its endpoint).
 */
public final class ProviderLog {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
  private static volatile PrintStream out = System.err;

  private ProviderLog() {}

  public static void debug(String message) {
    write("debug", message);
  }

  public static void info(String message) {
    write("info", message);
  }

  public static void warn(String message) {
    write("warn", message);
  }

  /** One hclog JSON line. */
  static String line(String level, String message, OffsetDateTime at) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("@level", level);
    entry.put("@message", message);
    entry.put("@module", "gatehouse");
    entry.put("@timestamp", TIMESTAMP.format(at));
    return JSON.writeValueAsString(entry);
  }

  private static void write(String level, String message) {
    out.println(line(level, message, OffsetDateTime.now(ZoneOffset.UTC)));
  }
}
