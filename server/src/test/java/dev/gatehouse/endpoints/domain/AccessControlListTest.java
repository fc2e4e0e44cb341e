package dev.gatehouse.endpoints.domain;

import static dev.gatehouse.access.domain.PermissionLevel.CAN_MANAGE;
import static dev.gatehouse.access.domain.PermissionLevel.CAN_QUERY;
import static dev.gatehouse.access.domain.PermissionLevel.CAN_VIEW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.platform.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessControlListTest {
  static Caller user(String name, String... groups) {
    return new Caller(1, PrincipalKind.USER, name, false, Set.of(groups));
  }

  static Caller servicePrincipal(String name, String... groups) {
    return new Caller(2, PrincipalKind.SERVICE_PRINCIPAL, name, false, Set.of(groups));
  }

  static Grant user(String name, PermissionLevel level) {
    return new Grant(new Grantee(GranteeType.USER, name), level);
  }

  static Grant group(String name, PermissionLevel level) {
    return new Grant(new Grantee(GranteeType.GROUP, name), level);
  }

  static Grant servicePrincipal(String name, PermissionLevel level) {
    return new Grant(new Grantee(GranteeType.SERVICE_PRINCIPAL, name), level);
  }

  static AccessControlList acl(Grant... grants) {
    return AccessControlList.of(List.of(grants));
  }

  @Nested
  class EffectiveLevel {
    @Test
    void aUserHoldsTheLevelGrantedToItsUserName() {
      assertThat(acl(user("ana", CAN_QUERY)).levelFor(user("ana"))).contains(CAN_QUERY);
    }

    @Test
    void aServicePrincipalHoldsTheLevelGrantedToItsName() {
      assertThat(acl(servicePrincipal("app-1", CAN_VIEW)).levelFor(servicePrincipal("app-1")))
          .contains(CAN_VIEW);
    }

    @Test
    void aGrantCountsOnlyForThePrincipalKindItNames() {
      AccessControlList acl = acl(user("app-1", CAN_MANAGE), servicePrincipal("ana", CAN_MANAGE));

      assertThat(acl.levelFor(servicePrincipal("app-1"))).isEmpty();
      assertThat(acl.levelFor(user("ana"))).isEmpty();
    }

    @Test
    void aMemberHoldsTheLevelGrantedToItsGroup() {
      AccessControlList acl = acl(group("eng", CAN_QUERY));

      assertThat(acl.levelFor(user("ana", "eng"))).contains(CAN_QUERY);
      assertThat(acl.levelFor(servicePrincipal("app-1", "eng"))).contains(CAN_QUERY);
      assertThat(acl.levelFor(user("bob", "sales"))).isEmpty();
    }

    @Test
    void aGroupGrantDoesNotCountForAUserOfTheSameName() {
      assertThat(acl(group("eng", CAN_MANAGE)).levelFor(user("eng"))).isEmpty();
    }

    @Test
    void theHighestOfSeveralApplicableGrantsWins() {
      AccessControlList acl =
          acl(
              user("ana", CAN_VIEW),
              group("eng", CAN_MANAGE),
              group("ml", CAN_QUERY),
              group("sales", CAN_MANAGE));

      assertThat(acl.levelFor(user("ana", "eng", "ml"))).contains(CAN_MANAGE);
      assertThat(acl.levelFor(user("ana", "ml"))).contains(CAN_QUERY);
      assertThat(acl.levelFor(user("ana"))).contains(CAN_VIEW);
    }

    @Test
    void adminsManageWithoutAnyGrant() {
      Caller flagged = new Caller(3, PrincipalKind.USER, "root", true, Set.of());

      assertThat(AccessControlList.EMPTY.levelFor(flagged)).contains(CAN_MANAGE);
      assertThat(AccessControlList.EMPTY.levelFor(user("ana", "admins"))).contains(CAN_MANAGE);
      assertThat(acl(user("root", CAN_VIEW)).levelFor(flagged)).contains(CAN_MANAGE);
    }

    @Test
    void noApplicableGrantMeansNoLevel() {
      assertThat(AccessControlList.EMPTY.levelFor(user("ana"))).isEmpty();
      assertThat(acl(user("bob", CAN_MANAGE)).levelFor(user("ana"))).isEmpty();
    }
  }

  @Nested
  class Changes {
    final AccessControlList current =
        acl(user("creator", CAN_MANAGE), group("eng", CAN_QUERY), user("ana", CAN_VIEW));

    @Test
    void putReplacesEveryDirectGrant() {
      AccessControlList after = current.replacedBy(List.of(group("ml", CAN_VIEW)));

      assertThat(after.grants()).containsExactly(group("ml", CAN_VIEW));
    }

    @Test
    void putWithAnEmptyListRemovesEveryGrantTheCreatorsIncluded() {
      assertThat(current.replacedBy(List.of())).isEqualTo(AccessControlList.EMPTY);
    }

    @Test
    void patchAddsNewPrincipalsAndKeepsTheOthers() {
      AccessControlList after = current.mergedWith(List.of(servicePrincipal("app-1", CAN_QUERY)));

      assertThat(after.grants())
          .containsExactlyInAnyOrder(
              user("creator", CAN_MANAGE),
              group("eng", CAN_QUERY),
              user("ana", CAN_VIEW),
              servicePrincipal("app-1", CAN_QUERY));
    }

    @Test
    void patchSetsTheLevelOfAListedPrincipalRaisingOrLoweringIt() {
      AccessControlList after =
          current.mergedWith(List.of(user("ana", CAN_MANAGE), group("eng", CAN_VIEW)));

      assertThat(after.levelOf(new Grantee(GranteeType.USER, "ana"))).contains(CAN_MANAGE);
      assertThat(after.levelOf(new Grantee(GranteeType.GROUP, "eng"))).contains(CAN_VIEW);
      assertThat(after.levelOf(new Grantee(GranteeType.USER, "creator"))).contains(CAN_MANAGE);
    }

    @Test
    void changesLeaveTheOriginalUntouched() {
      current.mergedWith(List.of(user("bob", CAN_VIEW)));
      current.replacedBy(List.of());

      assertThat(current.grants()).hasSize(3);
    }

    @Test
    void grantsAreOrderedByKindThenName() {
      assertThat(current.grants())
          .containsExactly(
              user("ana", CAN_VIEW), user("creator", CAN_MANAGE), group("eng", CAN_QUERY));
    }

    @Test
    void summaryHasTheRequestShape() {
      assertThat(current.summary())
          .isEqualTo(
              Json.MAPPER.readTree(
                  """
                  {"access_control_list": [
                    {"user_name": "ana", "permission_level": "CAN_VIEW"},
                    {"user_name": "creator", "permission_level": "CAN_MANAGE"},
                    {"group_name": "eng", "permission_level": "CAN_QUERY"}]}"""));
    }
  }
}
