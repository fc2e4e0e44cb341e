package dev.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutingTest {
  private final Routing routing = new Routing("up-a=model-a,up-b=model-b");

  private static String answer(String id, String model) {
    return "{\"id\":\"x\",\"model\":\"" + model + "\",\"system_fingerprint\":\"" + id + "\"}";
  }

  @Test
  void anAnswerFromAKnownUpstreamWithItsModelIsExpected() {
    assertThat(routing.expected(answer("up-a", "model-a"))).isTrue();
    assertThat(routing.expected(answer("up-b", "model-b"))).isTrue();
  }

  @Test
  void anUnknownUpstreamOrAnotherConfigsModelIsMisrouted() {
    assertThat(routing.expected(answer("up-c", "model-a"))).isFalse();
    assertThat(routing.expected(answer("up-a", "model-b"))).isFalse();
    assertThat(routing.expected("{\"error_code\":\"X\"}")).isFalse();
  }

  @Test
  void emptyChecksNothing() {
    assertThat(new Routing("").checks()).isFalse();
    assertThat(routing.checks()).isTrue();
  }
}
