package dev.gatehouse.endpoints.domain;

import static dev.gatehouse.access.domain.PermissionLevel.CAN_MANAGE;
import static dev.gatehouse.access.domain.PermissionLevel.CAN_QUERY;
import static dev.gatehouse.access.domain.PermissionLevel.CAN_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointAccessPolicyTest {
  final InMemoryGrants grants = new InMemoryGrants();
  final EndpointAccessPolicy policy = new EndpointAccessPolicy();
  final ServingEndpoint chat = endpoint("e1", "chat");
  final ServingEndpoint embed = endpoint("e2", "embed");
  final ServingEndpoint secret = endpoint("e3", "secret");

  static ServingEndpoint endpoint(String id, String name) {
    return new ServingEndpoint(id, new EndpointName(name), "creator", 1, "", false, 0);
  }

  static Caller ana(String... groups) {
    return new Caller(7, PrincipalKind.USER, "ana", false, Set.of(groups));
  }

  @BeforeEach
  void grants() {
    policy.grants = grants;
    grants.grant(chat, GranteeType.USER, "ana", CAN_VIEW);
    grants.grant(chat, GranteeType.GROUP, "eng", CAN_MANAGE);
    grants.grant(embed, GranteeType.GROUP, "ml", CAN_QUERY);
    grants.grant(secret, GranteeType.USER, "bob", CAN_MANAGE);
  }

  @Test
  void levelForIsTheHighestApplicableGrant() {
    assertThat(policy.levelFor(ana(), chat)).contains(CAN_VIEW);
    assertThat(policy.levelFor(ana("eng"), chat)).contains(CAN_MANAGE);
    assertThat(policy.levelFor(ana("ml"), embed)).contains(CAN_QUERY);
    assertThat(policy.levelFor(ana("eng", "ml"), secret)).isEmpty();
  }

  @Test
  void requireReturnsTheLevelOrRefusesNamingTheNeed() {
    assertThat(policy.require(ana(), chat, CAN_VIEW)).isEqualTo(CAN_VIEW);
    assertThatThrownBy(() -> policy.require(ana(), chat, CAN_MANAGE))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("'ana' needs CAN_MANAGE on serving endpoint 'chat'.");
    assertThatThrownBy(() -> policy.require(ana(), secret, CAN_VIEW))
        .hasMessage("'ana' needs CAN_VIEW on serving endpoint 'secret'.");
  }

  @Test
  void levelsForAllEndpointsTakeOneQueryAndAgreeWithLevelFor() {
    Caller caller = ana("ml");
    EndpointAccessPolicy.CallerLevels levels = policy.levelsFor(caller);

    assertThat(grants.queries).isEqualTo(1);
    for (ServingEndpoint endpoint : List.of(chat, embed, secret)) {
      assertThat(levels.on(endpoint)).isEqualTo(policy.levelFor(caller, endpoint));
    }
    assertThat(levels.on(chat)).contains(CAN_VIEW);
    assertThat(levels.on(embed)).contains(CAN_QUERY);
    assertThat(levels.on(secret)).isEmpty();
  }

  @Test
  void adminsManageEveryEndpointWithoutAQuery() {
    Caller admin = new Caller(1, PrincipalKind.USER, "admin", true, Set.of());

    assertThat(policy.levelsFor(admin).on(secret)).contains(CAN_MANAGE);
    assertThat(policy.levelFor(admin, secret)).contains(CAN_MANAGE);
    assertThat(grants.queries).isZero();
  }

  /** Grants in a list; counts the queries that span endpoints. */
  static class InMemoryGrants implements EndpointGrantRepository {
    final List<EndpointGrant> all = new ArrayList<>();
    int queries;

    void grant(ServingEndpoint endpoint, GranteeType type, String name, PermissionLevel level) {
      all.add(new EndpointGrant(endpoint.id(), new Grant(new Grantee(type, name), level), "t", 0));
    }

    @Override
    public List<EndpointGrant> ofEndpoint(String endpointId) {
      return all.stream().filter(g -> g.endpointId().equals(endpointId)).toList();
    }

    @Override
    public List<EndpointGrant> heldBy(Grantee principal, Set<String> groups) {
      queries++;
      return all.stream()
          .filter(
              g ->
                  g.grantee().equals(principal)
                      || (g.grantee().type() == GranteeType.GROUP
                          && groups.contains(g.grantee().name())))
          .toList();
    }

    @Override
    public void add(EndpointGrant grant) {
      all.add(grant);
    }

    @Override
    public void remove(EndpointGrant grant) {
      all.remove(grant);
    }

    @Override
    public void removeAllTo(Grantee grantee) {
      all.removeIf(g -> g.grantee().equals(grantee));
    }
  }
}
