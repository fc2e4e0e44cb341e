package dev.gatehouse.access.api.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.NewPrincipal;
import dev.gatehouse.access.domain.PrincipalChange;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScimRequestsTest {

  @Test
  void aUserAsAnIdentityProviderSendsItAttributeNamesIgnoringCase() {
    NewPrincipal user =
        ScimRequests.newUser(
            Json.MAPPER.readTree(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "USERNAME":"alice@example.com","displayName":"Alice",
                 "emails":[{"value":"alt@example.com"},{"value":"alice@example.com","primary":true}],
                 "name":{"givenName":"Alice"},"externalId":"00u1","groups":[{"value":"1"}]}"""));

    assertThat(user)
        .isEqualTo(new NewPrincipal("alice@example.com", "Alice", "alice@example.com", true));
  }

  @Test
  void aUserNeedsAUserName() {
    assertThatThrownBy(() -> ScimRequests.newUser(Json.MAPPER.readTree("{\"active\":true}")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("userName is required.");
    assertThatThrownBy(() -> ScimRequests.newUser(Json.MAPPER.readTree("{\"userName\":7}")))
        .hasMessage("userName must be a string.");
  }

  @Test
  void aServicePrincipalWithoutApplicationIdGetsAUuid() {
    NewPrincipal sp =
        ScimRequests.newServicePrincipal(
            Json.MAPPER.readTree("{\"displayName\":\"ci\",\"active\":false}"));

    assertThat(sp.name()).matches("[0-9a-f-]{36}");
    assertThat(sp.displayName()).isEqualTo("ci");
    assertThat(sp.active()).isFalse();
  }

  @Test
  void aGroupWithMembers() {
    assertThat(
            ScimRequests.newGroup(
                Json.MAPPER.readTree(
                    "{\"displayName\":\"ops\",\"members\":[{\"value\":\"3\"},{\"value\":\"4\"}]}")))
        .isEqualTo(new ScimRequests.NewGroup("ops", List.of(3L, 4L)));
  }

  @Test
  void aReplacementConfirmsTheNameAndResetsWhatIsLeftOut() {
    assertThat(ScimRequests.replaceUser(Json.MAPPER.readTree("{\"userName\":\"bob\"}")))
        .containsExactly(
            new PrincipalChange.ConfirmName("bob"),
            new PrincipalChange.Rename("bob"),
            new PrincipalChange.Activate(true),
            new PrincipalChange.ChangeEmail(null));
  }
}
