package dev.gatehouse.terraform.resources.groupmember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.terraform.client.IdentitiesApi.Group;
import dev.gatehouse.terraform.client.IdentitiesApi.Member;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupMemberResourceTest {
  final GroupMemberResource resource = new GroupMemberResource();

  @Test
  void theIdIsGroupBarMember() {
    MembershipId id = MembershipId.parse("5|3");
    assertThat(id).isEqualTo(new MembershipId("5", "3"));
    assertThat(id.toString()).isEqualTo("5|3");
  }

  @Test
  void malformedIdsAreRefusedWithTheExpectedForm() {
    for (String bad : new String[] {"5", "|3", "5|", "5|3|1", ""}) {
      assertThatThrownBy(() -> MembershipId.parse(bad))
          .as(bad)
          .hasMessageContaining("<group_id>|<member_id>");
    }
  }

  @Test
  void aMalformedImportIdIsADiagnosticAndImportsNothing() {
    Diagnostics diagnostics = new Diagnostics();
    Value state = resource.importState("5", new ResourceContext(null, diagnostics));
    assertThat(state.isNull()).isTrue();
    assertThat(diagnostics.all()).hasSize(1);
    assertThat(diagnostics.all().get(0).summary())
        .isEqualTo("Invalid import id for gatehouse_group_member");
    assertThat(diagnostics.all().get(0).detail()).contains("<group_id>|<member_id>");
  }

  @Test
  void importFillsBothIds() {
    Value state = resource.importState("5|3", null);
    assertThat(state.getString("id")).isEqualTo("5|3");
    assertThat(state.getString("group_id")).isEqualTo("5");
    assertThat(state.getString("member_id")).isEqualTo("3");
  }

  @Test
  void membershipIsByMemberId() {
    Group group =
        new Group(
            "5", "eng", List.of(new Member("3", "Alice", "User"), new Member("6", "x", "Group")));
    assertThat(GroupMemberResource.isMember(group, "6")).isTrue();
    assertThat(GroupMemberResource.isMember(group, "4")).isFalse();
  }

  @Test
  void bothIdsForceANewMembership() {
    var block = resource.schema().block();
    assertThat(block.attribute("group_id").orElseThrow().isForceNew()).isTrue();
    assertThat(block.attribute("member_id").orElseThrow().isForceNew()).isTrue();
  }
}
