package dev.gatehouse.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the API: snake_case names as Databricks uses them, and absent
 * rather than null fields, since Databricks clients treat a missing field and a null differently
 * only in ways that hurt (Go SDK's omitempty, Java SDK's null checks).
 */
public final class Json {
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Json() {}
}
