package dev.gatehouse.terraform.resources.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.client.IdentitiesApi.Group;
import dev.gatehouse.terraform.client.IdentitiesApi.Member;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ProviderCore;
import dev.gatehouse.terraform.framework.Result;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.resources.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupResourceTest {
  final GroupResource resource = new GroupResource();

  static Value object(String id, String name) {
    return GroupResource.BLOCK.newObject().set("id", id).set("display_name", name).build();
  }

  @Test
  void aRenameIsAnUpdateInPlace() {
    ProviderCore core = new ProviderCore(Resources.registry(), Map.of());
    Result.Plan plan =
        core.plan(
            "gatehouse_group",
            object("5", "eng"),
            object("5", "platform"),
            object(null, "platform"));
    assertThat(plan.requiresReplace()).isEmpty();
    assertThat(plan.planned().getString("id")).isEqualTo("5");
  }

  @Test
  void theStateIgnoresMembersWhichGroupMemberResourcesManage() {
    Group group = new Group("5", "eng", List.of(new Member("3", "Alice", "User")));
    assertThat(GroupResource.state(group)).isEqualTo(object("5", "eng"));
  }

  @Test
  void theAdminsGroupCannotBeDeclaredInAnyCase() {
    for (String name : new String[] {"admins", "Admins"}) {
      Diagnostics diagnostics = new Diagnostics();
      resource.validate(object(null, name), diagnostics);
      assertThat(diagnostics.all()).as(name).hasSize(1);
      assertThat(diagnostics.all().get(0).path()).isEqualTo(AttributePath.of("display_name"));
    }
    Diagnostics fine = new Diagnostics();
    resource.validate(object(null, "admins-helpers"), fine);
    assertThat(fine.all()).isEmpty();
  }

  @Test
  void importStartsFromTheScimId() {
    assertThat(resource.importState("5", null)).isEqualTo(object("5", null));
  }
}
