package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretReferenceTest {

  @Test
  void aValidReferenceParsesIntoScopeAndKey() {
    assertThat(SecretReference.parse("{{secrets/team-ml/openai.key_1}}"))
        .contains(new SecretReference("team-ml", "openai.key_1"));
  }

  @Test
  void scopeAndKeyMayBe128CharactersLong() {
    String name = "s".repeat(128);

    assertThat(SecretReference.parse("{{secrets/" + name + "/" + name + "}}"))
        .contains(new SecretReference(name, name));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "sk-live-123",
        "secrets/scope/key",
        "{{secrets/scope}}",
        "{{secrets/scope/key/extra}}",
        "{{secrets//key}}",
        "{{secrets/scope/}}",
        "{secrets/scope/key}",
        "{{secret/scope/key}}",
        "{{Secrets/scope/key}}",
        "{{secrets/sc ope/key}}",
        "{{ secrets/scope/key }}",
        "{{secrets/scope/key}}trailing",
        "prefix{{secrets/scope/key}}",
        "{{secrets/sc@pe/key}}"
      })
  void anythingElseIsNotAReference(String text) {
    assertThat(SecretReference.parse(text)).isEmpty();
  }

  @Test
  void aScopeOrKeyLongerThan128CharactersIsNotAReference() {
    String tooLong = "s".repeat(129);

    assertThat(SecretReference.parse("{{secrets/" + tooLong + "/key}}")).isEmpty();
    assertThat(SecretReference.parse("{{secrets/scope/" + tooLong + "}}")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" {{secrets/scope/key}}", "{{secrets/scope/key}} ", "\t{{secrets/scope/key}}\n"})
  void surroundingWhitespaceIsIgnored(String text) {
    assertThat(SecretReference.parse(text)).contains(new SecretReference("scope", "key"));
  }

  @Test
  void toStringIsTheReferenceSyntaxAndRoundTrips() {
    SecretReference reference = new SecretReference("team.ml", "openai_key-2");

    assertThat(reference).hasToString("{{secrets/team.ml/openai_key-2}}");
    assertThat(SecretReference.parse(reference.toString())).contains(reference);
  }

  @Test
  void theConstructorRefusesAnInvalidScope() {
    assertThatThrownBy(() -> new SecretReference("a/b", "key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret scope must match [A-Za-z0-9._-]{1,128}");
    assertThatThrownBy(() -> new SecretReference(null, "key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret scope must match [A-Za-z0-9._-]{1,128}");
  }

  @Test
  void theConstructorRefusesAnInvalidKey() {
    assertThatThrownBy(() -> new SecretReference("scope", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret key must match [A-Za-z0-9._-]{1,128}");
    assertThatThrownBy(() -> new SecretReference("scope", "k}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret key must match [A-Za-z0-9._-]{1,128}");
  }
}
