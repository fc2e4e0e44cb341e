package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InferenceQueryTest {
  private static final Instant NOW = Instant.ofEpochMilli(100_000_000L);

  @Test
  void defaultsAreTheLastDayAndAPageOfTwenty() {
    InferenceQuery q = InferenceQuery.parse("ep", null, null, null, null, NOW);

    assertThat(q.endTime()).isEqualTo(NOW.toEpochMilli());
    assertThat(q.startTime()).isEqualTo(NOW.toEpochMilli() - 86_400_000L);
    assertThat(q.maxResults()).isEqualTo(20);
    assertThat(q.after()).isNull();
  }

  @Test
  void aPageTokenResumesAfterTheRecordItNames() {
    String token = new InferenceQuery.Cursor(1234, "abc-def").token();

    InferenceQuery q = InferenceQuery.parse("ep", "0", "5000", "5", token, NOW);

    assertThat(q.after()).isEqualTo(new InferenceQuery.Cursor(1234, "abc-def"));
    assertThat(q.maxResults()).isEqualTo(5);
  }

  @Test
  void badParametersNameThemselves() {
    assertThatThrownBy(() -> InferenceQuery.parse("ep", null, null, "0", null, NOW))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("max_results '0' must be a whole number between 1 and 100.");
    assertThatThrownBy(() -> InferenceQuery.parse("ep", null, null, "many", null, NOW))
        .hasMessage("max_results 'many' must be a whole number between 1 and 100.");
    assertThatThrownBy(() -> InferenceQuery.parse("ep", null, null, null, "%%%", NOW))
        .hasMessage("page_token is not one this API returned; pass next_page_token unchanged.");
    assertThatThrownBy(() -> InferenceQuery.parse("ep", "x", null, null, null, NOW))
        .hasMessageStartingWith("start_time 'x' is not a number");
  }
}
