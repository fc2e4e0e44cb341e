package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionLevelTest {

  @Test
  void levelsAreOrderedWeakestFirst() {
    assertThat(PermissionLevel.values())
        .containsExactly(
            PermissionLevel.CAN_VIEW, PermissionLevel.CAN_QUERY, PermissionLevel.CAN_MANAGE);
  }

  @ParameterizedTest
  @EnumSource(PermissionLevel.class)
  void everyLevelIncludesItself(PermissionLevel level) {
    assertThat(level.includes(level)).isTrue();
  }

  @ParameterizedTest(name = "{0} includes {1}: {2}")
  @CsvSource({
    "CAN_VIEW,   CAN_QUERY,  false",
    "CAN_VIEW,   CAN_MANAGE, false",
    "CAN_QUERY,  CAN_VIEW,   true",
    "CAN_QUERY,  CAN_MANAGE, false",
    "CAN_MANAGE, CAN_VIEW,   true",
    "CAN_MANAGE, CAN_QUERY,  true"
  })
  void aLevelIncludesEveryWeakerLevelAndNoStrongerOne(
      PermissionLevel level, PermissionLevel other, boolean included) {
    assertThat(level.includes(other)).isEqualTo(included);
  }
}
