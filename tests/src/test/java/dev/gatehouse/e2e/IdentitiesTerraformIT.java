package dev.gatehouse.e2e;

import static dev.gatehouse.e2e.TerraformStack.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code gatehouse_service_principal}, {@code gatehouse_group}, {@code gatehouse_group_member} and
 * {@code gatehouse_permissions} through the real {@code terraform} against a real Gatehouse: apply,
 * a no-change plan, drift made through the API, an in-place rename, import of each, and a destroy
 * that leaves nothing behind. Throughout, the applying admin keeps its direct CAN_MANAGE on the
 * endpoint. One provider in reattach mode serves every command.
 */
class IdentitiesTerraformIT {
  private static final String SCIM = "/api/2.0/preview/scim/v2/";
  private static final String PERMISSIONS = "/api/2.0/permissions/serving-endpoints/";

  @TempDir static Path dataDir;
  private static TerraformStack stack;
  private static String caller;

  @BeforeAll
  static void start() throws Exception {
    stack = TerraformStack.start("IdentitiesTerraformIT", dataDir);
    caller = stack.api().get(SCIM + "Me").ok().path("userName").asString();
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void applyDriftRenameImportAndDestroy(@TempDir Path dir, @TempDir Path importDir) {
    String endpointId = createEndpoint(unique("ep"));
    String team = unique("team");
    String bot = unique("bot");
    TerraformCli tf = stack.reattached(dir, "identities");
    tf.write("main.tf", config(endpointId, team, bot, "CAN_QUERY"));
    tf.run("init").expectExit(0);
    tf.run("apply", "-auto-approve").expectExit(0);

    JsonNode group = groupNamed(team);
    JsonNode sp = servicePrincipalNamed(bot);
    String applicationId = sp.path("applicationId").asString();
    assertThat(group.path("members").get(0).path("value").asString())
        .isEqualTo(sp.path("id").asString());
    assertThat(directGrants(endpointId))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "group_name " + team, "CAN_QUERY",
                "service_principal_name " + applicationId, "CAN_MANAGE",
                "user_name " + caller, "CAN_MANAGE"));
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    stack
        .api()
        .patch(
            PERMISSIONS + endpointId,
            "{\"access_control_list\":[{\"group_name\":\""
                + team
                + "\",\"permission_level\":\"CAN_VIEW\"}]}")
        .ok();
    stack
        .api()
        .patch(
            SCIM + "Groups/" + group.path("id").asString(),
            "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}")
        .ok();
    stack
        .api()
        .patch(
            SCIM + "ServicePrincipals/" + sp.path("id").asString(),
            "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}")
        .ok();
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_permissions.ep will be updated in-place")
        .contains("\"CAN_VIEW\" -> null")
        .contains("gatehouse_group_member.bot_in_team will be created")
        .contains("gatehouse_service_principal.bot will be updated in-place")
        .contains("active = false -> true")
        .contains("Plan: 1 to add, 2 to change, 0 to destroy.");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(directGrants(endpointId)).containsEntry("group_name " + team, "CAN_QUERY");
    assertThat(servicePrincipalNamed(bot).path("active").asBoolean()).isTrue();
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    String renamed = unique("renamed");
    tf.write("main.tf", config(endpointId, renamed, bot, "CAN_QUERY"));
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("Plan: 0 to add, 2 to change, 0 to destroy.");
    tf.run("apply", "-auto-approve").expectExit(0);
    assertThat(groupNamed(renamed).path("id").asString()).isEqualTo(group.path("id").asString());
    assertThat(directGrants(endpointId))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "group_name " + renamed, "CAN_QUERY",
                "service_principal_name " + applicationId, "CAN_MANAGE",
                "user_name " + caller, "CAN_MANAGE"));

    TerraformCli imported = stack.reattached(importDir, "identities-import");
    imported.write("main.tf", config(endpointId, renamed, bot, "CAN_QUERY"));
    imported.run("init").expectExit(0);
    String groupId = group.path("id").asString();
    String spId = sp.path("id").asString();
    imported.run("import", "gatehouse_service_principal.bot", spId).expectExit(0);
    imported.run("import", "gatehouse_group.team", groupId).expectExit(0);
    imported
        .run("import", "gatehouse_group_member.bot_in_team", groupId + "|" + spId)
        .expectExit(0);
    imported
        .run("import", "gatehouse_permissions.ep", "/serving-endpoints/" + endpointId)
        .expectExit(0);
    imported.run("plan", "-detailed-exitcode").expectExit(0);

    imported.run("destroy", "-auto-approve").expectExit(0);
    assertThat(stack.api().get(SCIM + "Groups/" + groupId).status()).isEqualTo(404);
    assertThat(stack.api().get(SCIM + "ServicePrincipals/" + spId).status()).isEqualTo(404);
    assertThat(directGrants(endpointId))
        .as("only the applying admin's grant is left")
        .containsExactlyEntriesOf(Map.of("user_name " + caller, "CAN_MANAGE"));
  }

  @Test
  void theApplyingAdminIsNeverLockedOutAndAGoneEndpointIsPlannedAgain(@TempDir Path dir) {
    String endpointName = unique("ep");
    String endpointId = createEndpoint(endpointName);
    TerraformCli tf = stack.reattached(dir, "identities-caller");
    tf.write("main.tf", callerOnly(endpointId, "CAN_VIEW"));
    tf.run("init").expectExit(0);
    assertThat(tf.run("apply", "-auto-approve").expectExit(1).text())
        .contains("is the principal applying this configuration and must keep CAN_MANAGE")
        .contains("given CAN_VIEW");
    assertThat(tf.run("state", "list").expectExit(0).output()).doesNotContain("gatehouse_");
    assertThat(directGrants(endpointId))
        .containsExactlyEntriesOf(Map.of("user_name " + caller, "CAN_MANAGE"));

    tf.write("main.tf", callerOnly(endpointId, "CAN_MANAGE"));
    tf.run("apply", "-auto-approve").expectExit(0);
    tf.run("plan", "-detailed-exitcode").expectExit(0);

    assertThat(stack.api().delete("/api/2.0/serving-endpoints/" + endpointName).status())
        .isEqualTo(200);
    assertThat(tf.run("plan", "-detailed-exitcode").expectExit(2).text())
        .contains("gatehouse_permissions.ep will be created");
    tf.run("destroy", "-auto-approve").expectExit(0);
  }

  @Test
  void anInvalidGrantIsRefusedAtPlanTime(@TempDir Path dir) {
    TerraformCli tf = stack.reattached(dir, "identities-invalid");
    tf.write("main.tf", config("no-such-endpoint", unique("team"), unique("bot"), "CAN_READ"));
    tf.run("init").expectExit(0);
    assertThat(tf.run("plan").expectExit(1).text())
        .contains("Error: Unsupported permission_level")
        .contains("use one of CAN_VIEW, CAN_QUERY or CAN_MANAGE");
  }

  /** An endpoint without config: it has an id to grant on, and its creator holds CAN_MANAGE. */
  private static String createEndpoint(String name) {
    return stack
        .api()
        .post("/api/2.0/serving-endpoints", "{\"name\":\"" + name + "\"}")
        .ok()
        .path("id")
        .asString();
  }

  /** Permissions naming only the applying admin. */
  private static String callerOnly(String endpointId, String level) {
    return stack.providerConfig()
        + """
        resource "gatehouse_permissions" "ep" {
          serving_endpoint_id = "%s"
          access_control {
            user_name        = "%s"
            permission_level = "%s"
          }
        }
        """
            .formatted(endpointId, caller, level);
  }

  /** Direct grants as "{principal field} {name}" → level; the inherited admins row left out. */
  private static Map<String, String> directGrants(String endpointId) {
    Map<String, String> grants = new LinkedHashMap<>();
    for (JsonNode entry :
        stack.api().get(PERMISSIONS + endpointId).ok().path("access_control_list")) {
      for (JsonNode permission : entry.path("all_permissions")) {
        if (!permission.path("inherited").asBoolean()) {
          for (String field : new String[] {"user_name", "group_name", "service_principal_name"}) {
            if (entry.has(field)) {
              grants.put(
                  field + " " + entry.get(field).asString(),
                  permission.path("permission_level").asString());
            }
          }
        }
      }
    }
    return grants;
  }

  private static JsonNode groupNamed(String name) {
    return single(SCIM + "Groups", name);
  }

  private static JsonNode servicePrincipalNamed(String name) {
    return single(SCIM + "ServicePrincipals", name);
  }

  private static JsonNode single(String path, String displayName) {
    String filter =
        java.net.URLEncoder.encode(
            "displayName eq \"" + displayName + "\"", java.nio.charset.StandardCharsets.UTF_8);
    JsonNode found = stack.api().get(path + "?filter=" + filter).ok().path("Resources");
    assertThat(found.size()).as("%s named %s", path, displayName).isEqualTo(1);
    return found.get(0);
  }

  private static String config(String endpointId, String team, String bot, String teamLevel) {
    return stack.providerConfig()
        + """
        resource "gatehouse_service_principal" "bot" {
          display_name = "%s"
        }
        resource "gatehouse_group" "team" {
          display_name = "%s"
        }
        resource "gatehouse_group_member" "bot_in_team" {
          group_id  = gatehouse_group.team.id
          member_id = gatehouse_service_principal.bot.id
        }
        resource "gatehouse_permissions" "ep" {
          serving_endpoint_id = "%s"
          access_control {
            group_name       = gatehouse_group.team.display_name
            permission_level = "%s"
          }
          access_control {
            service_principal_name = gatehouse_service_principal.bot.application_id
            permission_level       = "CAN_MANAGE"
          }
        }
        """
            .formatted(bot, team, endpointId, teamLevel);
  }
}
