package dev.gatehouse.terraform.resources.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopedIdTest {
  @Test
  void parsesWhatItWrites() {
    ScopedId id = new ScopedId("llm", "openai-key");
    assertThat(id.toString()).isEqualTo("llm|||openai-key");
    assertThat(ScopedId.parse(id.toString())).contains(id);
  }

  @Test
  void splitsAtTheFirstSeparator() {
    assertThat(ScopedId.parse("a|||b|||c")).contains(new ScopedId("a", "b|||c"));
  }

  @Test
  void refusesIdsWithoutBothParts() {
    for (String id : new String[] {null, "", "llm", "llm|||", "|||key", "llm||key", "|||"}) {
      assertThat(ScopedId.parse(id)).as(id).isEmpty();
    }
  }
}
