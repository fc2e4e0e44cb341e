package dev.gatehouse.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.e2e.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the API shows of the stored state (endpoints, their permissions, secret scopes, keys and
 * ACLs), taken before a crash and after the restart to compare.
 */
record StoredState(
    Map<String, JsonNode> endpoints,
    Map<String, JsonNode> permissions,
    JsonNode scopes,
    Map<String, JsonNode> secrets,
    Map<String, JsonNode> acls) {

  static StoredState of(Api api, List<String> names) {
    Map<String, JsonNode> endpoints = new LinkedHashMap<>();
    Map<String, JsonNode> permissions = new LinkedHashMap<>();
    for (String name : names) {
      JsonNode endpoint = api.endpoint(name);
      endpoints.put(name, endpoint);
      permissions.put(
          name,
          api.get("/api/2.0/permissions/serving-endpoints/" + endpoint.path("id").asString()).ok());
    }
    Map<String, JsonNode> secrets = new LinkedHashMap<>();
    Map<String, JsonNode> acls = new LinkedHashMap<>();
    for (String scope : List.of("llm", "team")) {
      secrets.put(scope, api.get("/api/2.0/secrets/list?scope=" + scope).ok());
      acls.put(scope, api.get("/api/2.0/secrets/acls/list?scope=" + scope).ok());
    }
    JsonNode scopes = api.get("/api/2.0/secrets/scopes/list").ok();
    List<String> listed = new ArrayList<>();
    api.get("/api/2.0/serving-endpoints")
        .ok()
        .path("endpoints")
        .forEach(e -> listed.add(e.path("name").asString()));
    assertThat(listed).as("endpoints listed").containsExactlyInAnyOrderElementsOf(names);
    return new StoredState(endpoints, permissions, scopes, secrets, acls);
  }

  /** Equal in everything stored; {@code updating} differs only in its update's state. */
  void assertSameStoredState(StoredState before, String updating) {
    assertThat(scopes).as("secret scopes").isEqualTo(before.scopes);
    assertThat(secrets).as("secret keys").isEqualTo(before.secrets);
    assertThat(acls).as("secret ACLs").isEqualTo(before.acls);
    assertThat(permissions).as("endpoint permissions").isEqualTo(before.permissions);
    before.endpoints.forEach(
        (name, was) -> {
          JsonNode now = endpoints.get(name);
          for (String field : List.of("id", "name", "creator", "tags", "task", "config")) {
            assertThat(now.path(field)).as("%s of %s", field, name).isEqualTo(was.path(field));
          }
          if (!name.equals(updating)) {
            assertThat(now).as("endpoint %s", name).isEqualTo(was);
          }
        });
  }
}
