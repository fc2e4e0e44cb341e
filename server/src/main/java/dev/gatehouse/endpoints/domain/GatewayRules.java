package dev.gatehouse.endpoints.domain;

import dev.gatehouse.endpoints.domain.AiGatewayConfig.AiGatewayRateLimit;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Semantic rules of AI gateway settings, legacy rate limits and tags: the cross-field rules the
 * schemas describe but do not enforce. Limits follow Databricks: at most 20 per endpoint and 5
 * group limits, one limit per key and principal, a principal only where the key names one.
 */
public final class GatewayRules {
  public static final int MAX_RATE_LIMITS = 20;
  public static final int MAX_GROUP_LIMITS = 5;
  public static final int MAX_TAGS = 50;

  private GatewayRules() {}

  /**
   * Returns the config with {@code key} defaulted to {@code endpoint}, as Databricks does.
   *
   * @param path where the gateway sits in the request ({@code "ai_gateway"} on create, {@code ""}
   *     for its own PUT), so messages point at the field to fix
   */
  public static AiGatewayConfig normalize(AiGatewayConfig gateway, String path) {
    String prefix = path.isEmpty() ? "" : path + ".";
    List<AiGatewayRateLimit> limits = null;
    if (gateway.rateLimits() != null) {
      limits = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int groups = 0;
      for (int i = 0; i < gateway.rateLimits().size(); i++) {
        AiGatewayRateLimit limit = gateway.rateLimits().get(i);
        String at = prefix + "rate_limits[" + i + "]";
        String key = limit.key() == null ? "endpoint" : limit.key();
        if (limit.calls() == null && limit.tokens() == null) {
          throw new InvalidParameterException(
              at + ": set calls (per minute), tokens (per minute) or both.");
        }
        if (key.equals("endpoint") && limit.principal() != null) {
          throw new InvalidParameterException(
              at + ".principal is not allowed with key 'endpoint', which caps every caller.");
        }
        if ((key.equals("user_group") || key.equals("service_principal"))
            && limit.principal() == null) {
          throw new InvalidParameterException(
              at
                  + ".principal is required with key '"
                  + key
                  + "': name the "
                  + (key.equals("user_group") ? "group." : "service principal's application id."));
        }
        groups += key.equals("user_group") ? 1 : 0;
        if (!seen.add(key + "\n" + limit.principal())) {
          throw new InvalidParameterException(
              at
                  + ": another limit already has key '"
                  + key
                  + "'"
                  + (limit.principal() == null ? "" : " and principal '" + limit.principal() + "'")
                  + "; merge them into one.");
        }
        limits.add(
            new AiGatewayRateLimit(
                limit.calls(), limit.tokens(), key, limit.principal(), limit.renewalPeriod()));
      }
      if (limits.size() > MAX_RATE_LIMITS) {
        throw new InvalidParameterException(
            prefix + "rate_limits: at most " + MAX_RATE_LIMITS + " limits per endpoint.");
      }
      if (groups > MAX_GROUP_LIMITS) {
        throw new InvalidParameterException(
            prefix
                + "rate_limits: at most "
                + MAX_GROUP_LIMITS
                + " user_group limits per endpoint.");
      }
    }
    checkInferenceTable(gateway.inferenceTableConfig(), prefix);
    return new AiGatewayConfig(
        gateway.usageTrackingConfig(),
        gateway.inferenceTableConfig(),
        limits,
        gateway.guardrails(),
        gateway.fallbackConfig());
  }

  private static void checkInferenceTable(JsonNode table, String prefix) {
    if (!enabled(table)) {
      return;
    }
    for (String field : List.of("catalog_name", "schema_name")) {
      if (table.path(field).asString("").isBlank()) {
        throw new InvalidParameterException(
            prefix + "inference_table_config." + field + " is required when the table is enabled.");
      }
    }
  }

  /**
   * A table's location is fixed while it is enabled, so a change of catalog, schema or prefix must
   * go through disabling it first, as in Databricks.
   */
  public static void checkInferenceTableChange(AiGatewayConfig current, AiGatewayConfig next) {
    JsonNode before = current == null ? null : current.inferenceTableConfig();
    JsonNode after = next.inferenceTableConfig();
    if (!enabled(before) || !enabled(after)) {
      return;
    }
    for (String field : List.of("catalog_name", "schema_name", "table_name_prefix")) {
      if (!before.path(field).equals(after.path(field))) {
        throw new InvalidParameterException(
            "inference_table_config."
                + field
                + " cannot change while the table is enabled; disable it first, then enable it"
                + " with the new location.");
      }
    }
  }

  private static boolean enabled(JsonNode table) {
    return table != null && table.path("enabled").asBoolean(false);
  }

  /** Returns the limits with {@code key} defaulted to {@code endpoint}. */
  public static List<LegacyRateLimit> normalizeLegacy(List<LegacyRateLimit> limits) {
    List<LegacyRateLimit> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < limits.size(); i++) {
      LegacyRateLimit limit = limits.get(i);
      String key = limit.key() == null ? "endpoint" : limit.key();
      if (!keys.add(key)) {
        throw new InvalidParameterException(
            "rate_limits[" + i + "]: another limit already has key '" + key + "'.");
      }
      out.add(new LegacyRateLimit(limit.calls(), key, limit.renewalPeriod()));
    }
    return out;
  }

  /** Applies a tag patch: deletions first, then additions, which replace an existing key. */
  public static List<Tag> patchTags(List<Tag> current, List<Tag> add, List<String> delete) {
    return applyTags(current, add, delete, "add_tags");
  }

  /** Checks the tags of a create request. */
  public static List<Tag> checkTags(List<Tag> tags) {
    return tags == null ? List.of() : applyTags(List.of(), tags, null, "tags");
  }

  private static List<Tag> applyTags(
      List<Tag> current, List<Tag> add, List<String> delete, String field) {
    List<Tag> result = new ArrayList<>(current);
    if (delete != null) {
      result.removeIf(t -> delete.contains(t.key()));
    }
    if (add != null) {
      Set<String> keys = new HashSet<>();
      for (Tag tag : add) {
        if (!keys.add(tag.key())) {
          throw new InvalidParameterException(
              field + ": key '" + tag.key() + "' appears more than once.");
        }
        int existing = indexOf(result, tag.key());
        if (existing >= 0) {
          result.set(existing, tag);
        } else {
          result.add(tag);
        }
      }
    }
    requireTagLimit(result);
    return result;
  }

  private static void requireTagLimit(List<Tag> tags) {
    if (tags.size() > MAX_TAGS) {
      throw new InvalidParameterException(
          "An endpoint has at most "
              + MAX_TAGS
              + " tags; this change would give it "
              + tags.size()
              + ".");
    }
  }

  private static int indexOf(List<Tag> tags, String key) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
