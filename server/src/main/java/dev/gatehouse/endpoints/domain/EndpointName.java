package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.regex.Pattern;

/** A serving endpoint's name: what URLs, permissions and Terraform addresses are built on. */
public record EndpointName(String value) {
  public static final int MAX_LENGTH = 63;

  /** Reserved by Databricks for its own endpoints; kept so names stay portable both ways. */
  private static final String RESERVED_PREFIX = "databricks-";

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");

  public EndpointName {
    if (value == null || value.isEmpty()) {
      throw new InvalidParameterException("Endpoint name is required.");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidParameterException(
          "Endpoint name is "
              + value.length()
              + " characters long; the limit is "
              + MAX_LENGTH
              + ".");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw new InvalidParameterException(
          "Endpoint name '"
              + value
              + "' has characters that are not allowed; use letters, digits, '-' and '_'.");
    }
    if (value.toLowerCase(java.util.Locale.ROOT).startsWith(RESERVED_PREFIX)) {
      throw new InvalidParameterException(
          "Endpoint name '"
              + value
              + "' starts with the reserved prefix '"
              + RESERVED_PREFIX
              + "'.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
