package dev.gatehouse.access.api.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.GroupChange;
import dev.gatehouse.access.domain.PrincipalChange;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ScimPatchTest {

  private static JsonNode patch(String operations) {
    return Json.MAPPER.readTree(
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + operations
            + "}");
  }

  @Test
  void addMembersAsDatabricksSendsIt() {
    assertThat(
            ScimPatch.groupChanges(
                patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"12\"}]}]")))
        .containsExactly(new GroupChange.AddMembers(List.of(12L)));
  }

  @Test
  void removeOneMemberByFilterAsDatabricksSendsIt() {
    assertThat(
            ScimPatch.groupChanges(
                patch("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"12\\\"]\"}]")))
        .containsExactly(new GroupChange.RemoveMembers(List.of(12L)));
  }

  @Test
  void operationNamesAndPathsIgnoreCaseAsAzureSendsThem() {
    assertThat(
            ScimPatch.groupChanges(
                patch(
                    "[{\"op\":\"Remove\",\"path\":\"Members\",\"value\":[{\"value\":\"3\"}]},"
                        + "{\"op\":\"Replace\",\"path\":\"DISPLAYNAME\",\"value\":\"ops\"}]")))
        .containsExactly(new GroupChange.RemoveMembers(List.of(3L)), new GroupChange.Rename("ops"));
  }

  @Test
  void replaceMembersAndRemoveAllMembers() {
    assertThat(
            ScimPatch.groupChanges(
                patch(
                    "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"1\"},"
                        + "{\"value\":\"2\"}]},{\"op\":\"remove\",\"path\":\"members\"}]")))
        .containsExactly(
            new GroupChange.ReplaceMembers(List.of(1L, 2L)),
            new GroupChange.ReplaceMembers(List.of()));
  }

  @Test
  void anOperationWithoutPathCarriesAttributes() {
    assertThat(
            ScimPatch.groupChanges(
                patch(
                    "[{\"op\":\"replace\",\"value\":{\"displayName\":\"eng\","
                        + "\"members\":[{\"value\":\"5\"}],\"externalId\":\"ignored\"}}]")))
        .containsExactly(
            new GroupChange.Rename("eng"), new GroupChange.ReplaceMembers(List.of(5L)));
  }

  @Test
  void groupPatchErrorsNameTheOperation() {
    assertThatThrownBy(
            () ->
                ScimPatch.groupChanges(
                    patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"x\"}]}]")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Operations[0].value[0].value: 'x' is not the id of a user, service principal or"
                + " group.");
    assertThatThrownBy(
            () ->
                ScimPatch.groupChanges(
                    patch("[{\"op\":\"add\",\"path\":\"externalId\",\"value\":\"e\"}]")))
        .hasMessageStartingWith("Operations[0]: cannot add 'externalId'; supported: ");
    assertThatThrownBy(
            () -> ScimPatch.groupChanges(patch("[{\"op\":\"move\",\"path\":\"members\"}]")))
        .hasMessage("Operations[0].op must be add, remove or replace; got 'move'.");
    assertThatThrownBy(
            () -> ScimPatch.groupChanges(patch("[{\"op\":\"add\",\"path\":\"members\"}]")))
        .hasMessage("Operations[0].value is required for 'add'.");
    assertThatThrownBy(
            () ->
                ScimPatch.groupChanges(
                    patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":{\"value\":\"1\"}}]")))
        .hasMessage("Operations[0].value must be an array of {\"value\": \"<id>\"}.");
  }

  @Test
  void aBodyWithoutOperationsIsRefused() {
    assertThatThrownBy(() -> ScimPatch.groupChanges(patch("[]")))
        .hasMessageStartingWith("Operations is required");
    assertThatThrownBy(() -> ScimPatch.groupChanges(Json.MAPPER.readTree("{\"op\":\"add\"}")))
        .hasMessageStartingWith("Operations is required");
  }

  @Test
  void deactivateAndRenameAPrincipal() {
    assertThat(
            ScimPatch.principalChanges(
                patch(
                    "[{\"op\":\"replace\",\"path\":\"active\",\"value\":false},"
                        + "{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"Bot\"}]"),
                false))
        .containsExactly(new PrincipalChange.Activate(false), new PrincipalChange.Rename("Bot"));
  }

  @Test
  void activeMayBeAStringAndAttributesMayComeWithoutPath() {
    assertThat(
            ScimPatch.principalChanges(
                patch(
                    "[{\"op\":\"Replace\",\"value\":{\"active\":\"False\","
                        + "\"emails\":[{\"value\":\"a@b.c\",\"primary\":true}],"
                        + "\"name\":{\"givenName\":\"A\"}}}]"),
                true))
        .containsExactly(
            new PrincipalChange.Activate(false), new PrincipalChange.ChangeEmail("a@b.c"));
  }

  @Test
  void principalsRefuseRemovalsUnknownPathsAndEmailsOfServicePrincipals() {
    assertThatThrownBy(
            () ->
                ScimPatch.principalChanges(
                    patch("[{\"op\":\"remove\",\"path\":\"active\"}]"), true))
        .hasMessage(
            "Operations[0]: cannot remove 'active'; supported: add or replace of 'active',"
                + " 'displayName', 'emails'.");
    assertThatThrownBy(
            () ->
                ScimPatch.principalChanges(
                    patch("[{\"op\":\"replace\",\"path\":\"emails\",\"value\":[]}]"), false))
        .hasMessage(
            "Operations[0]: cannot replace 'emails'; supported: add or replace of 'active',"
                + " 'displayName'.");
    assertThatThrownBy(
            () ->
                ScimPatch.principalChanges(
                    patch("[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"maybe\"}]"), true))
        .hasMessage("Operations[0] must be true or false.");
  }
}
