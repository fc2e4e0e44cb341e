package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskTest {

  @Test
  void wireNamesAreTheDatabricksTaskStrings() {
    assertThat(Task.CHAT.wire()).isEqualTo("llm/v1/chat");
    assertThat(Task.COMPLETIONS.wire()).isEqualTo("llm/v1/completions");
    assertThat(Task.EMBEDDINGS.wire()).isEqualTo("llm/v1/embeddings");
  }

  @ParameterizedTest
  @EnumSource(Task.class)
  void fromWireReadsEveryWireName(Task task) {
    assertThat(Task.fromWire(task.wire())).isSameAs(task);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chat", "CHAT", "llm/v1/Chat", "llm/v2/chat", " llm/v1/chat", ""})
  void anUnknownTaskIsRefusedListingTheAllowedOnes(String value) {
    assertThatThrownBy(() -> Task.fromWire(value))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Unknown task '"
                + value
                + "'; use one of: llm/v1/chat, llm/v1/completions, llm/v1/embeddings.");
  }

  @Test
  void aMissingTaskIsRefused() {
    assertThatThrownBy(() -> Task.fromWire(null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageEndingWith("use one of: llm/v1/chat, llm/v1/completions, llm/v1/embeddings.");
  }

  @Test
  void allowedListsEveryTask() {
    assertThat(Task.allowed()).isEqualTo("llm/v1/chat, llm/v1/completions, llm/v1/embeddings");
  }
}
