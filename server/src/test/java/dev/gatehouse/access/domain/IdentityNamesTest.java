package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;

class IdentityNamesTest {

  @Test
  void ordinaryNamesPass() {
    assertThat(IdentityNames.require("userName", "alice@example.com"))
        .isEqualTo("alice@example.com");
    assertThat(IdentityNames.require("displayName", "Data Team (EU)")).isEqualTo("Data Team (EU)");
  }

  @Test
  void emptyLongPaddedAndControlCharactersAreRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> IdentityNames.require("userName", ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("userName is required and must not be empty.");
    assertThatThrownBy(() -> IdentityNames.require("userName", "a".repeat(256)))
        .hasMessage("userName must be at most 255 characters long.");
    assertThatThrownBy(() -> IdentityNames.require("displayName", "ops "))
        .hasMessage("displayName must not start or end with a space: 'ops '.");
    assertThatThrownBy(() -> IdentityNames.require("displayName", "a\nb"))
        .hasMessage("displayName must not contain control characters.");
  }

  @Test
  void aNewPrincipalDefaultsItsDisplayNameToItsName() {
    NewPrincipal p = new NewPrincipal("bot-1", null, null, true);

    assertThat(p.displayName()).isEqualTo("bot-1");
  }
}
