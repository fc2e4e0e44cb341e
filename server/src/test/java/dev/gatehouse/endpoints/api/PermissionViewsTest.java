package dev.gatehouse.endpoints.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.Grant;
import dev.gatehouse.endpoints.domain.Grantee;
import dev.gatehouse.endpoints.domain.GranteeType;
import dev.gatehouse.endpoints.domain.PermissionCommands.EndpointAcl;
import dev.gatehouse.endpoints.domain.ServingEndpoint;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionViewsTest {
  static final ServingEndpoint CHAT =
      new ServingEndpoint("0123abcd", new EndpointName("chat"), "ana", 1, "", false, 0);

  @Test
  void directGrantsThenTheInheritedAdminsRowInTheDatabricksShape() {
    AccessControlList acl =
        AccessControlList.of(
            List.of(
                new Grant(new Grantee(GranteeType.USER, "ana"), PermissionLevel.CAN_MANAGE),
                new Grant(new Grantee(GranteeType.GROUP, "eng"), PermissionLevel.CAN_QUERY),
                new Grant(
                    new Grantee(GranteeType.SERVICE_PRINCIPAL, "app-1"),
                    PermissionLevel.CAN_VIEW)));

    String json = Json.MAPPER.writeValueAsString(PermissionViews.of(new EndpointAcl(CHAT, acl)));

    assertThat(Json.MAPPER.readTree(json))
        .isEqualTo(
            Json.MAPPER.readTree(
                """
                {"object_id": "/serving-endpoints/0123abcd", "object_type": "serving-endpoint",
                 "access_control_list": [
                   {"user_name": "ana",
                    "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": false}]},
                   {"group_name": "eng",
                    "all_permissions": [{"permission_level": "CAN_QUERY", "inherited": false}]},
                   {"service_principal_name": "app-1",
                    "all_permissions": [{"permission_level": "CAN_VIEW", "inherited": false}]},
                   {"group_name": "admins",
                    "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": true,
                                         "inherited_from_object": ["/serving-endpoints/"]}]}]}"""));
  }

  @Test
  void anEmptyListStillShowsTheAdmins() {
    String json =
        Json.MAPPER.writeValueAsString(
            PermissionViews.of(new EndpointAcl(CHAT, AccessControlList.EMPTY)));

    assertThat(Json.MAPPER.readTree(json).path("access_control_list"))
        .singleElement()
        .satisfies(row -> assertThat(row.path("group_name").asString()).isEqualTo("admins"));
  }

  @Test
  void levelsAreListedWeakestFirst() {
    assertThat(PermissionViews.LEVELS.permissionLevels())
        .extracting(PermissionViews.LevelDescription::permissionLevel)
        .containsExactly("CAN_VIEW", "CAN_QUERY", "CAN_MANAGE");
  }
}
