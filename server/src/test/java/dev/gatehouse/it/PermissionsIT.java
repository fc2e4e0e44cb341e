package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Endpoint permissions on a real Payara Micro with H2: the Databricks shapes of the permissions
 * API, and grants deciding what a non-admin may see and do on every endpoint route. Principals
 * other than the admin come from a test-only resource, until the identity API exists.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionsIT {
  private static final String ENDPOINTS = "api/2.0/serving-endpoints";
  private static final String PERMISSIONS = "api/2.0/permissions/serving-endpoints/";

  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("gatehouse.war", "target/gatehouse.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  @ArquillianResource URL base;
  URI root;
  Api admin;

  @BeforeEach
  void client() {
    root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    admin = new Api(root);
  }

  /** A new principal of the kind, as a client holding its token. */
  private Api principal(String kind, String name) {
    return admin.newPrincipal(kind, name);
  }

  private static String create(Api api, String name) {
    Api.Reply created = api.post(ENDPOINTS, "{\"name\":\"" + name + "\"}");
    assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
    return created.body().path("id").asString();
  }

  private static List<String> listed(Api api) {
    Api.Reply list = api.get(ENDPOINTS);
    assertThat(list.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    list.body().path("endpoints").forEach(e -> names.add(e.path("name").asString()));
    return names;
  }

  private static String grant(String field, String name, String level) {
    return "{\"access_control_list\":[{\"%s\":\"%s\",\"permission_level\":\"%s\"}]}"
        .formatted(field, name, level);
  }

  /** The direct rows of a permissions response, as "field=name:LEVEL". */
  private static List<String> direct(JsonNode permissions) {
    List<String> rows = new ArrayList<>();
    for (JsonNode row : permissions.path("access_control_list")) {
      JsonNode level = row.path("all_permissions").path(0);
      if (level.path("inherited").asBoolean()) {
        continue;
      }
      for (String field : List.of("user_name", "group_name", "service_principal_name")) {
        if (row.has(field)) {
          rows.add(
              field
                  + "="
                  + row.path(field).asString()
                  + ":"
                  + level.path("permission_level").asString());
        }
      }
    }
    return rows;
  }

  private List<JsonNode> audit(String endpoint) {
    Api.Reply page =
        admin.get("api/2.0/audit-events?target_type=serving-endpoint&target_name=" + endpoint);
    assertThat(page.status()).isEqualTo(200);
    List<JsonNode> events = new ArrayList<>();
    page.body().path("events").forEach(events::add);
    return events;
  }

  @Test
  void permissionsApiKeepsTheDatabricksShapes() {
    String id = create(admin, "perm-shapes");

    JsonNode initial = admin.get(PERMISSIONS + id).body();
    assertThat(initial.path("object_id").asString()).isEqualTo("/serving-endpoints/" + id);
    assertThat(initial.path("object_type").asString()).isEqualTo("serving-endpoint");
    assertThat(direct(initial)).containsExactly("user_name=admin:CAN_MANAGE");
    JsonNode admins = initial.path("access_control_list").path(1);
    assertThat(admins.path("group_name").asString()).isEqualTo("admins");
    assertThat(admins.path("all_permissions").path(0).path("permission_level").asString())
        .isEqualTo("CAN_MANAGE");
    assertThat(admins.path("all_permissions").path(0).path("inherited").asBoolean()).isTrue();
    assertThat(
            admins.path("all_permissions").path(0).path("inherited_from_object").path(0).asString())
        .isEqualTo("/serving-endpoints/");

    Api.Reply put =
        admin.put(
            PERMISSIONS + id,
            """
            {"access_control_list":[{"group_name":"eng","permission_level":"CAN_QUERY"},
              {"user_name":"bob@example.com","permission_level":"CAN_VIEW"}]}""");
    assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
    assertThat(direct(put.body()))
        .containsExactly("user_name=bob@example.com:CAN_VIEW", "group_name=eng:CAN_QUERY");

    Api.Reply patch =
        admin.patch(
            PERMISSIONS + id,
            """
            {"access_control_list":[{"user_name":"bob@example.com","permission_level":"CAN_MANAGE"},
              {"service_principal_name":"app-7","permission_level":"CAN_QUERY"}]}""");
    assertThat(patch.status()).isEqualTo(200);
    assertThat(direct(patch.body()))
        .containsExactly(
            "user_name=bob@example.com:CAN_MANAGE",
            "group_name=eng:CAN_QUERY",
            "service_principal_name=app-7:CAN_QUERY");
    assertThat(direct(admin.get(PERMISSIONS + id).body())).isEqualTo(direct(patch.body()));

    Api.Reply cleared = admin.put(PERMISSIONS + id, "{}");
    assertThat(direct(cleared.body())).isEmpty();
    assertThat(cleared.body().path("access_control_list")).hasSize(1);

    Api.Reply levels = admin.get(PERMISSIONS + id + "/permissionLevels");
    assertThat(levels.body().path("permission_levels").findValuesAsString("permission_level"))
        .containsExactly("CAN_VIEW", "CAN_QUERY", "CAN_MANAGE");

    Api.Reply unknown = admin.get(PERMISSIONS + "0000");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    assertThat(unknown.message()).isEqualTo("Serving endpoint with id '0000' not found.");
    assertThat(admin.put(PERMISSIONS + "0000", "{}").status()).isEqualTo(404);

    Api.Reply toAdmins = admin.patch(PERMISSIONS + id, grant("group_name", "admins", "CAN_MANAGE"));
    assertThat(toAdmins.status()).isEqualTo(400);
    assertThat(toAdmins.message()).startsWith("access_control_list[0]: group 'admins'");
    Api.Reply twoNames =
        admin.patch(
            PERMISSIONS + id,
            """
            {"access_control_list":[{"user_name":"a","group_name":"b","permission_level":"CAN_VIEW"}]}""");
    assertThat(twoNames.status()).isEqualTo(400);
    assertThat(twoNames.message()).startsWith("access_control_list[0]: set exactly one of");
    Api.Reply badLevel = admin.put(PERMISSIONS + id, grant("user_name", "a", "CAN_READ"));
    assertThat(badLevel.status()).isEqualTo(400);
    assertThat(badLevel.message())
        .contains("$.access_control_list[0].permission_level: must be one of");

    List<JsonNode> events = audit("perm-shapes");
    assertThat(events)
        .extracting(e -> e.path("action").asString() + " " + e.path("outcome").asString())
        .containsSubsequence(
            "endpoint.permissions.set INVALID",
            "endpoint.permissions.update INVALID",
            "endpoint.permissions.update INVALID",
            "endpoint.permissions.set SUCCESS",
            "endpoint.permissions.update SUCCESS",
            "endpoint.permissions.set SUCCESS");
    JsonNode firstPut =
        events.stream()
            .filter(e -> e.path("action").asString().equals("endpoint.permissions.set"))
            .reduce((newer, older) -> older)
            .orElseThrow();
    assertThat(
            firstPut
                .path("before")
                .path("access_control_list")
                .path(0)
                .path("user_name")
                .asString())
        .isEqualTo("admin");
    assertThat(firstPut.path("after").path("access_control_list")).hasSize(2);
    assertThat(
            audit("0000").stream()
                .filter(e -> e.path("outcome").asString().equals("NOT_FOUND"))
                .count())
        .isEqualTo(1);
  }

  @Test
  void grantsDecideWhatAUserMaySeeAndDo() throws Exception {
    Api carol = principal("USER", "carol@example.com");
    String id = create(admin, "perm-guarded");
    String path = ENDPOINTS + "/perm-guarded";

    Api.Reply hidden = carol.get(path);
    assertThat(hidden.status()).isEqualTo(403);
    assertThat(hidden.errorCode()).isEqualTo("PERMISSION_DENIED");
    assertThat(hidden.message())
        .isEqualTo("'carol@example.com' needs CAN_VIEW on serving endpoint 'perm-guarded'.");
    assertThat(listed(carol)).doesNotContain("perm-guarded");
    assertThat(listed(admin)).contains("perm-guarded");
    assertThat(carol.get(PERMISSIONS + id).status()).isEqualTo(403);
    assertThat(carol.get(PERMISSIONS + id + "/permissionLevels").status()).isEqualTo(403);

    admin.patch(PERMISSIONS + id, grant("user_name", "carol@example.com", "CAN_VIEW"));
    Api.Reply viewed = carol.get(path);
    assertThat(viewed.status()).isEqualTo(200);
    assertThat(viewed.body().path("permission_level").asString()).isEqualTo("CAN_VIEW");
    assertThat(carol.get(ENDPOINTS).body().path("endpoints"))
        .anySatisfy(
            e -> {
              assertThat(e.path("name").asString()).isEqualTo("perm-guarded");
              assertThat(e.path("permission_level").asString()).isEqualTo("CAN_VIEW");
            });
    assertThat(carol.get(PERMISSIONS + id + "/permissionLevels").status()).isEqualTo(200);
    String config =
        """
        {"served_entities":[{"external_model":{"name":"gpt-4o","provider":"openai",
          "task":"llm/v1/chat","openai_config":{"openai_api_key":"{{secrets/llm/openai}}"}}}]}""";
    assertThat(carol.put(path + "/config", config).status()).isEqualTo(403);
    assertThat(carol.patch(path + "/tags", "{\"add_tags\":[{\"key\":\"k\"}]}").status())
        .isEqualTo(403);
    assertThat(carol.put(path + "/rate-limits", "{\"rate_limits\":[]}").status()).isEqualTo(403);
    assertThat(carol.delete(path).status()).isEqualTo(403);
    assertThat(carol.get(PERMISSIONS + id).status()).isEqualTo(403);
    Api.Reply selfPromotion =
        carol.patch(PERMISSIONS + id, grant("user_name", "carol@example.com", "CAN_MANAGE"));
    assertThat(selfPromotion.status()).isEqualTo(403);
    assertThat(selfPromotion.message())
        .isEqualTo("'carol@example.com' needs CAN_MANAGE on serving endpoint 'perm-guarded'.");
    assertThat(audit("perm-guarded"))
        .anySatisfy(
            e -> {
              assertThat(e.path("action").asString()).isEqualTo("endpoint.permissions.update");
              assertThat(e.path("outcome").asString()).isEqualTo("DENIED");
              assertThat(e.path("principal").asString()).isEqualTo("carol@example.com");
            });

    admin.patch(PERMISSIONS + id, grant("user_name", "carol@example.com", "CAN_MANAGE"));
    assertThat(carol.get(path).body().path("permission_level").asString()).isEqualTo("CAN_MANAGE");
    assertThat(carol.patch(path + "/tags", "{\"add_tags\":[{\"key\":\"k\"}]}").status())
        .isEqualTo(200);
    // Managing the endpoint is not enough to use a credential: referencing it needs READ.
    assertThat(carol.put(path + "/config", config).message()).contains("scope 'llm'");
    admin.post("api/2.0/secrets/scopes/create", "{\"scope\":\"llm\"}");
    admin.post(
        "api/2.0/secrets/acls/put",
        "{\"scope\":\"llm\",\"principal\":\"carol@example.com\",\"permission\":\"READ\"}");
    assertThat(carol.put(path + "/config", config).status()).isEqualTo(200);
    assertThat(carol.get(PERMISSIONS + id).status()).isEqualTo(200);
    assertThat(carol.delete(path).status()).isEqualTo(200);
    assertThat(admin.get(PERMISSIONS + id).status()).isEqualTo(404);
  }

  @Test
  void theCreatorManagesUntilAPutLeavesItOut() throws Exception {
    Api dave = principal("USER", "dave@example.com");
    String id = create(dave, "perm-created");

    assertThat(dave.get(ENDPOINTS + "/perm-created").body().path("permission_level").asString())
        .isEqualTo("CAN_MANAGE");
    Api.Reply own = dave.get(PERMISSIONS + id);
    assertThat(own.status()).isEqualTo(200);
    assertThat(direct(own.body())).containsExactly("user_name=dave@example.com:CAN_MANAGE");

    Api.Reply handedOver = dave.put(PERMISSIONS + id, grant("group_name", "ops", "CAN_MANAGE"));
    assertThat(handedOver.status()).isEqualTo(200);
    assertThat(direct(handedOver.body())).containsExactly("group_name=ops:CAN_MANAGE");
    assertThat(dave.get(ENDPOINTS + "/perm-created").status()).isEqualTo(403);
    assertThat(listed(dave)).doesNotContain("perm-created");
  }

  @Test
  void aServicePrincipalHoldsWhatIsGrantedToItsName() throws Exception {
    Api robot = principal("SERVICE_PRINCIPAL", "app-42");
    String id = create(admin, "perm-robot");
    admin.patch(PERMISSIONS + id, grant("user_name", "app-42", "CAN_MANAGE"));
    assertThat(robot.get(ENDPOINTS + "/perm-robot").status()).isEqualTo(403);

    admin.patch(PERMISSIONS + id, grant("service_principal_name", "app-42", "CAN_QUERY"));
    Api.Reply got = robot.get(ENDPOINTS + "/perm-robot");
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body().path("permission_level").asString()).isEqualTo("CAN_QUERY");
    assertThat(robot.delete(ENDPOINTS + "/perm-robot").status()).isEqualTo(403);
  }

  @Test
  void grantsAndScopeAclsGoWithTheirHolder() {
    Api erin = principal("USER", "erin@example.com");
    String id = create(admin, "perm-erin");
    admin.patch(PERMISSIONS + id, grant("user_name", "erin@example.com", "CAN_VIEW"));
    admin.post("api/2.0/secrets/scopes/create", "{\"scope\":\"erin-scope\"}");
    admin.post(
        "api/2.0/secrets/acls/put",
        "{\"scope\":\"erin-scope\",\"principal\":\"erin@example.com\",\"permission\":\"READ\"}");
    assertThat(erin.get(ENDPOINTS + "/perm-erin").status()).isEqualTo(200);

    String scimId =
        admin
            .get("api/2.0/preview/scim/v2/Users?filter=userName%20eq%20%22erin@example.com%22")
            .body()
            .at("/Resources/0/id")
            .asString();
    assertThat(admin.delete("api/2.0/preview/scim/v2/Users/" + scimId).status()).isEqualTo(204);

    Api newErin = principal("USER", "erin@example.com");
    assertThat(newErin.get(ENDPOINTS + "/perm-erin").status()).isEqualTo(403);
    assertThat(admin.get(PERMISSIONS + id).body().toString()).doesNotContain("erin@example.com");
    assertThat(
            admin.get("api/2.0/secrets/acls/list?scope=erin-scope").body().path("items").toString())
        .doesNotContain("erin@example.com");
  }
}
