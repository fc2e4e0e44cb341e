package dev.gatehouse.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.e2e.Api;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The state the corpus runs against, made through the API: three endpoints served by the fake
 * provider (chat with tags, a gateway config and grants), a secret scope holding the canary with an
 * ACL, a user, a group, a service principal and its token. Returns the value of every placeholder
 * of the authorization matrix and the special cases.
 */
final class BadInputFixtures {
  private static final String SCIM = "/api/2.0/preview/scim/v2";

  private BadInputFixtures() {}

  static Map<String, String> seed(Api admin, String providerBase, String canary) {
    admin.putSecret("bi-scope", "canary", canary);
    Map<String, String> ids = new HashMap<>();
    for (String[] endpoint :
        new String[][] {
          {"bi-chat", "llm/v1/chat"},
          {"bi-complete", "llm/v1/completions"},
          {"bi-embed", "llm/v1/embeddings"}
        }) {
      String body =
          ("{'name': '%s', 'tags': [{'key': 'team', 'value': 'ml'}, {'key': 'env'}],"
                  + " 'config': {'served_entities': [{'external_model': {'name': 'local',"
                  + " 'provider': 'custom', 'task': '%s', 'custom_provider_config':"
                  + " {'custom_provider_url': '%s', 'bearer_token_auth': {'token':"
                  + " '{{secrets/bi-scope/canary}}'}}}}]}}")
              .formatted(endpoint[0], endpoint[1], providerBase);
      ids.put(
          endpoint[0],
          admin.post("/api/2.0/serving-endpoints", json(body)).ok().path("id").asString());
      admin.awaitNotUpdating(endpoint[0]);
    }
    admin
        .put(
            "/api/2.0/serving-endpoints/bi-chat/ai-gateway",
            json(
                "{'usage_tracking_config': {'enabled': true},"
                    + " 'rate_limits': [{'calls': 1000000, 'renewal_period': 'minute'}]}"))
        .ok();

    String userId = scimCreate(admin, "/Users", "{'userName': 'bi-user@example.com'}");
    String groupId =
        scimCreate(
            admin,
            "/Groups",
            "{'displayName': 'bi-group', 'members': [{'value': '%s'}]}".formatted(userId));
    String spId =
        scimCreate(
            admin, "/ServicePrincipals", "{'applicationId': 'bi-sp', 'displayName': 'bi-sp'}");
    String tokenId =
        admin
            .post(
                "/api/2.0/token-management/on-behalf-of/tokens",
                json("{'application_id': 'bi-sp', 'lifetime_seconds': 3600}"))
            .ok()
            .path("token_info")
            .path("token_id")
            .asString();
    admin
        .patch(
            "/api/2.0/permissions/serving-endpoints/" + ids.get("bi-chat"),
            json(
                "{'access_control_list': [{'user_name': 'bi-user@example.com', 'permission_level': 'CAN_QUERY'},"
                    + " {'group_name': 'bi-group', 'permission_level': 'CAN_VIEW'}]}"))
        .ok();
    admin
        .post(
            "/api/2.0/secrets/acls/put",
            json("{'scope': 'bi-scope', 'principal': 'bi-group', 'permission': 'READ'}"))
        .ok();
    JsonNode admins = admin.get(SCIM + "/Groups?filter=displayName%20eq%20%22admins%22").ok();

    Map<String, String> fixtures = new HashMap<>();
    fixtures.put("endpoint", "bi-chat");
    fixtures.put("endpoint_id", ids.get("bi-chat"));
    fixtures.put("query_chat", "bi-chat");
    fixtures.put("query_completions", "bi-complete");
    fixtures.put("query_embeddings", "bi-embed");
    fixtures.put("scope", "bi-scope");
    fixtures.put("user_id", userId);
    fixtures.put("user_name", "bi-user@example.com");
    fixtures.put("group_id", groupId);
    fixtures.put("sp_id", spId);
    fixtures.put("token_id", tokenId);
    fixtures.put("own_token_id", tokenId);
    fixtures.put("retired_key_id", "mk-0000000000000000");
    fixtures.put("admins_id", admins.path("Resources").path(0).path("id").asString());
    fixtures.put("name", "bi-new");
    return fixtures;
  }

  private static String scimCreate(Api admin, String resource, String body) {
    Api.Response created = admin.post(SCIM + resource, json(body));
    assertThat(created.status()).as("POST %s: %s", resource, created.body()).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
