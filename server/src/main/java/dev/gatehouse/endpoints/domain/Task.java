package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What an endpoint does; fixed when the endpoint is created, and it filters the catalog. */
public enum Task {
  CHAT("llm/v1/chat"),
  COMPLETIONS("llm/v1/completions"),
  EMBEDDINGS("llm/v1/embeddings");

  private final String wire;

  Task(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Task fromWire(String value) {
    return Arrays.stream(values())
        .filter(t -> t.wire.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "Unknown task '" + value + "'; use one of: " + allowed() + "."));
  }

  public static String allowed() {
    return Arrays.stream(values()).map(Task::wire).collect(Collectors.joining(", "));
  }
}
