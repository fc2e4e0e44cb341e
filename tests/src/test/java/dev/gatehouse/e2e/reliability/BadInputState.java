package dev.gatehouse.e2e.reliability;

import dev.gatehouse.e2e.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server holds, read through the API: endpoints with their configs, tags and gateway,
 * their permissions, secret scopes with their keys and ACLs, identities, tokens and master keys.
 * Two snapshots taken around the corpus must be equal: no bad input may change stored data.
 */
record BadInputState(Map<String, JsonNode> answers) {
  /**
   * Fields that change without any write: {@code last_used_day} is written by authentication itself
   * (at most once a minute per token).
   */
  private static final List<String> VOLATILE = List.of("last_used_day");

  static BadInputState read(
      Api admin, List<String> endpoints, List<String> endpointIds, String scope) {
    List<String> paths = new ArrayList<>();
    paths.add("/api/2.0/serving-endpoints");
    endpoints.forEach(name -> paths.add("/api/2.0/serving-endpoints/" + name));
    endpointIds.forEach(id -> paths.add("/api/2.0/permissions/serving-endpoints/" + id));
    paths.add("/api/2.0/secrets/scopes/list");
    paths.add("/api/2.0/secrets/list?scope=" + scope);
    paths.add("/api/2.0/secrets/acls/list?scope=" + scope);
    for (String kind : List.of("Users", "Groups", "ServicePrincipals")) {
      paths.add("/api/2.0/preview/scim/v2/" + kind + "?count=10000");
    }
    paths.add("/api/2.0/token-management/tokens");
    paths.add("/api/2.0/secrets/master-keys");
    Map<String, JsonNode> answers = new LinkedHashMap<>();
    for (String path : paths) {
      JsonNode answer = admin.get(path).ok().deepCopy();
      VOLATILE.forEach(field -> strip(answer, field));
      answers.put(path, answer);
    }
    return new BadInputState(answers);
  }

  /** One line per GET whose answer differs from {@code before}'s. */
  List<String> differencesFrom(BadInputState before) {
    List<String> differences = new ArrayList<>();
    before.answers.forEach(
        (path, old) -> {
          JsonNode now = answers.get(path);
          if (!old.equals(now)) {
            differences.add(
                "stored data changed: GET " + path + "\n  before: " + old + "\n  after:  " + now);
          }
        });
    return differences;
  }

  private static void strip(JsonNode node, String field) {
    if (node instanceof ObjectNode object) {
      object.remove(field);
    }
    node.valueStream().forEach(child -> strip(child, field));
  }
}
