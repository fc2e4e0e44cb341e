package dev.gatehouse.bench.load;

import dev.gatehouse.bench.JsonScan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers a run expects: upstream id → the model it must answer with. The fake puts its id in
 * {@code system_fingerprint} and echoes the model it was asked for, so an answer from an unknown
 * upstream, or from an upstream with another config's model, is a mis-routed call.
 */
final class Routing {
  private final Map<String, String> modelById = new LinkedHashMap<>();

  /** {@code id=model,id=model}; empty checks nothing. */
  Routing(String expect) {
    for (String pair : expect.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      modelById.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
    }
  }

  boolean checks() {
    return !modelById.isEmpty();
  }

  boolean expected(String body) {
    String id = JsonScan.stringField(body, "system_fingerprint");
    String model = modelById.get(id);
    return model != null && (model.isEmpty() || model.equals(JsonScan.stringField(body, "model")));
  }
}
