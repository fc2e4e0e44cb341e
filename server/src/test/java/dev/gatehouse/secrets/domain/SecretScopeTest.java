package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.Secrets.admin;
import static dev.gatehouse.secrets.domain.Secrets.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.PermissionDeniedException;
import org.junit.jupiter.api.Test;

/** Who holds which level on a scope: user names, groups, 'users', admins; READ < WRITE < MANAGE. */
class SecretScopeTest {
  private final SecretScope scope = new SecretScope(new ScopeName("llm"), "alice", 0);

  @Test
  void levelsAreOrderedReadWriteManage() {
    assertThat(AclPermission.MANAGE.includes(AclPermission.WRITE)).isTrue();
    assertThat(AclPermission.WRITE.includes(AclPermission.READ)).isTrue();
    assertThat(AclPermission.READ.includes(AclPermission.WRITE)).isFalse();
    assertThat(AclPermission.WRITE.includes(AclPermission.MANAGE)).isFalse();
  }

  @Test
  void aUserHoldsWhatItsOwnAclGrants() {
    scope.grant("alice", AclPermission.WRITE, 1);

    assertThat(scope.levelFor(user("alice"))).contains(AclPermission.WRITE);
    assertThat(scope.levelFor(user("bob"))).isEmpty();
  }

  @Test
  void groupGrantsCountForTheirMembersAndTheStrongestGrantWins() {
    scope.grant("data-scientists", AclPermission.READ, 1);
    scope.grant("platform", AclPermission.MANAGE, 1);
    scope.grant("carol", AclPermission.WRITE, 1);

    assertThat(scope.levelFor(user("dave", "data-scientists"))).contains(AclPermission.READ);
    assertThat(scope.levelFor(user("carol", "data-scientists"))).contains(AclPermission.WRITE);
    assertThat(scope.levelFor(user("erin", "data-scientists", "platform")))
        .contains(AclPermission.MANAGE);
    assertThat(scope.levelFor(user("frank", "marketing"))).isEmpty();
  }

  @Test
  void theUsersGroupNamesEveryPrincipal() {
    scope.grant(SecretScope.ALL_USERS, AclPermission.READ, 1);

    assertThat(scope.levelFor(user("anyone"))).contains(AclPermission.READ);
  }

  @Test
  void adminsManageEveryScopeWithoutAnAcl() {
    assertThat(scope.levelFor(admin())).contains(AclPermission.MANAGE);
  }

  @Test
  void requireNamesTheCallerTheLevelAndTheScope() {
    scope.grant("alice", AclPermission.READ, 1);

    assertThat(scope.require(user("alice"), AclPermission.READ)).isEqualTo(AclPermission.READ);
    assertThatThrownBy(() -> scope.require(user("alice"), AclPermission.WRITE))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("'alice' needs WRITE on secret scope 'llm'.");
  }

  @Test
  void grantReplacesAndReturnsThePreviousPermissionAndRevokeRemoves() {
    assertThat(scope.grant("alice", AclPermission.READ, 1)).isEmpty();
    assertThat(scope.grant("alice", AclPermission.MANAGE, 2)).contains(AclPermission.READ);
    assertThat(scope.acls()).hasSize(1);
    assertThat(scope.aclOf("alice")).contains(AclPermission.MANAGE);

    assertThat(scope.revoke("alice")).isEqualTo(AclPermission.MANAGE);
    assertThat(scope.levelFor(user("alice"))).isEmpty();
    assertThatThrownBy(() -> scope.revoke("alice"))
        .isInstanceOf(SecretAclNotFoundException.class)
        .hasMessage("Secret scope 'llm' has no ACL for 'alice'.");
  }
}
