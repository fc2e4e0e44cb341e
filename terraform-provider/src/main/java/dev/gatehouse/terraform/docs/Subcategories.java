package dev.gatehouse.terraform.docs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry's navigation groups, chosen by type-name prefix; a type that matches none lands in
 * the ungrouped list, so a new type never breaks the generator.
 */
final class Subcategories {
  private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

  static {
    BY_PREFIX.put("gatehouse_secret", "Secrets");
    BY_PREFIX.put("gatehouse_model_serving", "Serving Endpoints");
    BY_PREFIX.put("gatehouse_serving_endpoint", "Serving Endpoints");
    BY_PREFIX.put("gatehouse_external_model", "Serving Endpoints");
    BY_PREFIX.put("gatehouse_permissions", "Serving Endpoints");
    BY_PREFIX.put("gatehouse_service_principal", "Identities");
    BY_PREFIX.put("gatehouse_group", "Identities");
    BY_PREFIX.put("gatehouse_current_user", "Identities");
    BY_PREFIX.put("gatehouse_user", "Identities");
  }

  private Subcategories() {}

  static String of(String type) {
    return BY_PREFIX.entrySet().stream()
        .filter(e -> type.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }
}
