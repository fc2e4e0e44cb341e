package dev.gatehouse.ratelimit.domain;

import static dev.gatehouse.ratelimit.domain.Limits.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenReservationTest {
  @Test
  void promptEstimatePlusMaxTokensTimesN() {
    // [{"role":"user","content":"hi"}] is 32 characters: (32 + 1) / 4 = 8.
    assertThat(
            TokenReservation.estimate(
                body("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":100}"),
                4096))
        .isEqualTo(108);
    assertThat(
            TokenReservation.estimate(
                body("{\"prompt\":\"hello\",\"max_tokens\":10,\"n\":3}"), 4096)) // "hello" is 7
        .isEqualTo(2 + 30);
  }

  @Test
  void withoutMaxTokensTheDefaultIsReserved() {
    assertThat(TokenReservation.estimate(body("{\"prompt\":\"hi\"}"), 4096)).isEqualTo(1 + 4096);
    assertThat(
            TokenReservation.estimate(
                body("{\"prompt\":\"hi\",\"max_completion_tokens\":7}"), 4096))
        .isEqualTo(1 + 7);
  }

  @Test
  void embeddingsReserveTheirInputOnly() {
    assertThat(TokenReservation.estimate(body("{\"input\":\"abcdefghij\"}"), 4096)).isEqualTo(3);
  }
}
