package dev.gatehouse.endpoints.domain;

import static dev.gatehouse.access.domain.PermissionLevel.CAN_MANAGE;
import static dev.gatehouse.access.domain.PermissionLevel.CAN_QUERY;
import static dev.gatehouse.access.domain.PermissionLevel.CAN_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessControlRequestTest {
  static List<Grant> grants(String json) {
    return Json.MAPPER.readValue(json, AccessControlRequest.class).grants();
  }

  static void refused(String json, String message) {
    assertThatThrownBy(() -> grants(json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(message);
  }

  @Test
  void eachEntryBecomesAGrantOfItsPrincipalKind() {
    assertThat(
            grants(
                """
                {"access_control_list": [
                  {"user_name": "ana@example.com", "permission_level": "CAN_MANAGE"},
                  {"group_name": "eng", "permission_level": "CAN_QUERY"},
                  {"service_principal_name": "app-1", "permission_level": "CAN_VIEW"}]}"""))
        .containsExactly(
            new Grant(new Grantee(GranteeType.USER, "ana@example.com"), CAN_MANAGE),
            new Grant(new Grantee(GranteeType.GROUP, "eng"), CAN_QUERY),
            new Grant(new Grantee(GranteeType.SERVICE_PRINCIPAL, "app-1"), CAN_VIEW));
  }

  @Test
  void anAbsentListIsEmpty() {
    assertThat(grants("{}")).isEmpty();
    assertThat(grants("{\"access_control_list\": []}")).isEmpty();
  }

  @Test
  void anEntryNamingSeveralPrincipalsIsRefusedByIndex() {
    refused(
        """
        {"access_control_list": [
          {"group_name": "eng", "permission_level": "CAN_VIEW"},
          {"user_name": "ana", "group_name": "eng", "permission_level": "CAN_VIEW"}]}""",
        "access_control_list[1]: set exactly one of user_name, group_name or"
            + " service_principal_name; 2 are set.");
  }

  @Test
  void anEntryNamingNoPrincipalIsRefused() {
    refused(
        "{\"access_control_list\": [{\"permission_level\": \"CAN_VIEW\"}]}",
        "access_control_list[0]: set exactly one of user_name, group_name or"
            + " service_principal_name; none is set.");
  }

  @Test
  void aBlankNameIsRefused() {
    refused(
        "{\"access_control_list\": [{\"user_name\": \" \", \"permission_level\": \"CAN_VIEW\"}]}",
        "access_control_list[0].user_name: must name a principal; it is blank.");
  }

  @Test
  void anUnknownOrMissingLevelIsRefused() {
    refused(
        "{\"access_control_list\": [{\"user_name\": \"ana\", \"permission_level\": \"CAN_READ\"}]}",
        "access_control_list[0].permission_level: 'CAN_READ' is not a serving endpoint level;"
            + " use CAN_VIEW, CAN_QUERY or CAN_MANAGE.");
    refused(
        "{\"access_control_list\": [{\"user_name\": \"ana\"}]}",
        "access_control_list[0].permission_level: is required; use CAN_VIEW, CAN_QUERY or"
            + " CAN_MANAGE.");
  }

  @Test
  void theAdminsGroupCannotBeGranted() {
    refused(
        "{\"access_control_list\": [{\"group_name\": \"admins\", \"permission_level\":"
            + " \"CAN_MANAGE\"}]}",
        "access_control_list[0]: group 'admins' has CAN_MANAGE on every serving endpoint and"
            + " cannot be granted a level; leave it out.");
  }

  @Test
  void aUserNamedAdminsIsAnOrdinaryUser() {
    assertThat(
            grants(
                "{\"access_control_list\": [{\"user_name\": \"admins\", \"permission_level\":"
                    + " \"CAN_VIEW\"}]}"))
        .containsExactly(new Grant(new Grantee(GranteeType.USER, "admins"), CAN_VIEW));
  }

  @Test
  void aPrincipalNamedTwiceIsRefused() {
    refused(
        """
        {"access_control_list": [
          {"user_name": "ana", "permission_level": "CAN_VIEW"},
          {"group_name": "ana", "permission_level": "CAN_VIEW"},
          {"user_name": "ana", "permission_level": "CAN_MANAGE"}]}""",
        "access_control_list[2]: user 'ana' is already in access_control_list[0]; give each"
            + " principal one entry.");
  }
}
