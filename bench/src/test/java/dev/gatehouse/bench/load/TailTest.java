package dev.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TailTest {
  @Test
  void notOverBeforeTheWorkFinishesWhateverTheClock() {
    Tail tail = new Tail(2_000);
    assertThat(tail.over(false, Long.MIN_VALUE + 5)).isFalse();
    assertThat(tail.over(false, -1)).isFalse();
    assertThat(tail.over(false, Long.MAX_VALUE - 1)).isFalse();
  }

  @Test
  void overOnceTheTailHasPassedSinceTheFinish() {
    Tail tail = new Tail(2_000);
    assertThat(tail.over(true, 10_000)).isFalse();
    assertThat(tail.over(true, 12_000)).isFalse();
    assertThat(tail.over(true, 12_001)).isTrue();
  }
}
