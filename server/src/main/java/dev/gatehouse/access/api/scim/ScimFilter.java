package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.IdentityFilter;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * The subset of RFC 7644 filters Gatehouse answers: one {@code <attribute> eq "<value>"}, which is
 * what identity providers and the Databricks tools send to find an identity by name. Attribute
 * names and the operator ignore case (RFC 7643 §2.1); the value is a JSON string with its escapes.
 */
final class ScimFilter {
  private static final Pattern EQ =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.]*)\\s+(?i:eq)\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*");

  private ScimFilter() {}

  /**
   * The filter, or null for a blank one.
   *
   * @param attributes the attributes this resource can be filtered by, and what each selects
   */
  static IdentityFilter parse(String filter, Map<String, IdentityFilter.Field> attributes) {
    if (filter == null || filter.isBlank()) {
      return null;
    }
    Matcher m = EQ.matcher(filter);
    if (!m.matches()) {
      throw invalid(filter, attributes);
    }
    IdentityFilter.Field field = null;
    for (Map.Entry<String, IdentityFilter.Field> a : attributes.entrySet()) {
      if (a.getKey().equalsIgnoreCase(m.group(1))) {
        field = a.getValue();
      }
    }
    if (field == null) {
      throw invalid(filter, attributes);
    }
    return new IdentityFilter(field, unquote(m.group(2), filter, attributes));
  }

  private static String unquote(
      String quoted, String filter, Map<String, IdentityFilter.Field> attributes) {
    try {
      return Json.MAPPER.readValue(quoted, String.class);
    } catch (JacksonException e) {
      throw invalid(filter, attributes);
    }
  }

  private static InvalidParameterException invalid(
      String filter, Map<String, IdentityFilter.Field> attributes) {
    return new InvalidParameterException(
        "Unsupported filter '"
            + filter
            + "'; use <attribute> eq \"<value>\" with one of: "
            + String.join(", ", attributes.keySet())
            + ".");
  }
}
