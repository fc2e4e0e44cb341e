package dev.gatehouse.secrets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Name rules, the exactly-one-value rule and the 128 KiB limit. */
class SecretValuesAndNamesTest {

  @Test
  void namesAreOneTo128LettersDigitsDotsDashesAndUnderscores() {
    assertThat(new ScopeName("team.ml-platform_1").value()).isEqualTo("team.ml-platform_1");
    assertThat(new KeyName("a".repeat(128)).value()).hasSize(128);

    assertThatThrownBy(() -> new KeyName("a".repeat(129)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Secret key is 129 characters long; the limit is 128.");
    assertThatThrownBy(() -> new ScopeName("my scope"))
        .hasMessage(
            "Secret scope name 'my scope' has characters that are not allowed; use letters,"
                + " digits, '.', '-' and '_'.");
    assertThatThrownBy(() -> new ScopeName("a/b")).isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> new ScopeName(null)).hasMessage("Secret scope name is required.");
    assertThatThrownBy(() -> new KeyName("")).hasMessage("Secret key is required.");
  }

  @Test
  void aPutGivesTheValueExactlyOnce() {
    assertThat(SecretValue.fromRequest("sk-1", null).asString()).isEqualTo("sk-1");
    assertThat(
            SecretValue.fromRequest(null, Base64.getEncoder().encodeToString(new byte[] {0, -1}))
                .bytes())
        .containsExactly(0, -1);

    assertThatThrownBy(() -> SecretValue.fromRequest(null, null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Set exactly one of string_value or bytes_value; neither is set.");
    assertThatThrownBy(() -> SecretValue.fromRequest("a", "YQ=="))
        .hasMessage("Set exactly one of string_value or bytes_value; both are set.");
    assertThatThrownBy(() -> SecretValue.fromRequest(null, "a=b"))
        .hasMessage("bytes_value must be base64 (standard alphabet).");
  }

  @Test
  void aValueIsAtMost128KiB() {
    SecretValue largest = SecretValue.of(new byte[128 * 1024]);
    assertThat(largest.checkSize("The value")).isSameAs(largest);

    assertThatThrownBy(() -> SecretValue.of(new byte[128 * 1024 + 1]).checkSize("The value"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("The value is 131073 bytes; a secret holds at most 131072 bytes (128 KiB).");
  }

  @Test
  void aValuePrintsAsRedacted() {
    SecretValue value = SecretValue.of("sk-canary");

    assertThat(value.toString()).isEqualTo("[REDACTED]");
    assertThat(String.valueOf(value)).doesNotContain("canary");
  }

  @Test
  void managedKeysCarryTheEndpointTheVersionAndTheField() {
    KeyName key =
        ManagedKeys.of("0123456789abcdef0123456789abcdef", 12, "e0.openai_config.openai_api_key");

    assertThat(key.value())
        .isEqualTo("0123456789abcdef0123456789abcdef.v12.e0.openai_config.openai_api_key")
        .startsWith(ManagedKeys.prefix("0123456789abcdef0123456789abcdef"));
    assertThat(ManagedKeys.versionOf(key)).hasValue(12);
    assertThat(ManagedKeys.versionOf(new KeyName("other"))).isEmpty();
    KeyName hashed = ManagedKeys.of("0123456789abcdef0123456789abcdef", 3, "e0." + "x".repeat(120));
    assertThat(hashed.value()).hasSizeLessThanOrEqualTo(128).contains(".v3.h");
    assertThat(ManagedKeys.versionOf(hashed)).hasValue(3);
  }
}
