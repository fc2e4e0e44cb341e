package dev.gatehouse.terraform.resources.datasources;

import static dev.gatehouse.terraform.resources.datasources.ServingEndpointsDataSourceTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.Value;
import org.junit.jupiter.api.Test;

class CurrentUserDataSourceTest {
  @Test
  void mapsAUserWithGroups() {
    Value user =
        CurrentUserDataSource.user(
            json(
                """
                {"id":"1","userName":"admin","displayName":"Admin",
                 "groups":[{"value":"7","display":"admins"}],"meta":{"resourceType":"User"}}
                """));
    assertThat(user.getString("id")).isEqualTo("1");
    assertThat(user.getString("user_name")).isEqualTo("admin");
    assertThat(user.getString("display_name")).isEqualTo("Admin");
    assertThat(user.get("service_principal").asBool()).isFalse();
    assertThat(user.get("groups").elements()).containsExactly(Value.string("admins"));
  }

  @Test
  void recognisesAServicePrincipal() {
    Value user =
        CurrentUserDataSource.user(
            json(
                "{\"id\":\"2\",\"userName\":\"app-1\",\"meta\":{\"resourceType\":\"ServicePrincipal\"}}"));
    assertThat(user.get("service_principal").asBool()).isTrue();
    assertThat(user.get("display_name").isNull()).isTrue();
    assertThat(user.get("groups").elements()).isEmpty();
  }
}
