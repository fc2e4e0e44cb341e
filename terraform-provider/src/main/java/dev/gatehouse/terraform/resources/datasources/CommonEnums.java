package dev.gatehouse.terraform.resources.datasources;

import dev.gatehouse.schema.Schemas;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enums of {@code common.schema.json}, the document the server validates with, so a filter the
 * server would refuse is refused at plan time instead.
 */
final class CommonEnums {
  private static final JsonNode COMMON =
      JsonMapper.builder()
          .build()
          .readTree(
              Schemas.document("common")
                  .orElseThrow(() -> new IllegalStateException("No schema common")));

  private CommonEnums() {}

  /** The values of {@code $defs/<name>/enum}. */
  static List<String> values(String name) {
    List<String> values = new ArrayList<>();
    COMMON.path("$defs").path(name).path("enum").forEach(v -> values.add(v.asString()));
    return values;
  }
}
