package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {
  private final Principal alice = new Principal(PrincipalKind.USER, "alice", null, null, 1);

  @Test
  void membersOfAdminsAreAdmins() {
    Caller caller = Caller.of(alice, Set.of("ops", "admins"));

    assertThat(caller.admin()).isTrue();
    assertThat(caller.inGroup("ops")).isTrue();
  }

  @Test
  void othersAreNot() {
    assertThat(Caller.of(alice, Set.of("ops")).admin()).isFalse();
    assertThat(Caller.of(alice, Set.of()).admin()).isFalse();
    assertThat(Caller.of(alice, Set.of("Admins-team")).admin()).isFalse();
  }
}
