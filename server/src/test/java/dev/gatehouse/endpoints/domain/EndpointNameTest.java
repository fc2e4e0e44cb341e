package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"ep", "chat_gpt-4o", "A", "0", "my-databricks-endpoint", "_-_"})
  void lettersDigitsDashesAndUnderscoresAreAllowed(String name) {
    assertThat(new EndpointName(name).value()).isEqualTo(name);
    assertThat(new EndpointName(name)).hasToString(name);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void aNameIsRequired(String name) {
    assertThatThrownBy(() -> new EndpointName(name))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Endpoint name is required.");
  }

  @Test
  void sixtyThreeCharactersAreAllowed() {
    assertThat(new EndpointName("a".repeat(63)).value()).hasSize(63);
  }

  @Test
  void sixtyFourCharactersAreTooMany() {
    assertThatThrownBy(() -> new EndpointName("a".repeat(64)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Endpoint name is 64 characters long; the limit is 63.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"my.endpoint", "my endpoint", "a/b", "ünïcode", "ep\n", "a:b"})
  void otherCharactersAreRefused(String name) {
    assertThatThrownBy(() -> new EndpointName(name))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Endpoint name '"
                + name
                + "' has characters that are not allowed; use letters, digits, '-' and '_'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"databricks-gpt", "Databricks-gpt", "DATABRICKS-x", "databricks-"})
  void theDatabricksPrefixIsReservedInAnyCase(String name) {
    assertThatThrownBy(() -> new EndpointName(name))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Endpoint name '" + name + "' starts with the reserved prefix 'databricks-'.");
  }

  @Test
  void databricksWithoutTheDashIsNotReserved() {
    assertThat(new EndpointName("databricks_gpt").value()).isEqualTo("databricks_gpt");
    assertThat(new EndpointName("databricks").value()).isEqualTo("databricks");
  }

  @Test
  void namesAreValues() {
    assertThat(new EndpointName("ep")).isEqualTo(new EndpointName("ep"));
    assertThat(new EndpointName("ep")).isNotEqualTo(new EndpointName("Ep"));
  }
}
