package dev.gatehouse.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTest {
  @Test
  void countsSseEventsByTheirBlankLine() {
    assertThat(Call.sseEvents(Unpooled.copiedBuffer("data: a\n\ndata: b\n\n", UTF_8))).isEqualTo(2);
    assertThat(Call.sseEvents(Unpooled.copiedBuffer("{\"plain\":true}", UTF_8))).isZero();
  }

  @Test
  void latencyRunsFromTheIntendedTimeAndTheFirstEndWins() {
    List<Call> done = new ArrayList<>();
    Call call = new Call(1_000, true, false, done::add);
    call.status = 200;
    call.content(Unpooled.copiedBuffer("data: a\n\n", UTF_8), 5_000);
    call.content(Unpooled.copiedBuffer("data: b\n\ndata: [DONE]\n\n", UTF_8), 9_000);
    call.finish(11_000, null);
    call.finish(99_000, "timeout");
    assertThat(done).containsExactly(call);
    assertThat(call.latencyNanos()).isEqualTo(10_000);
    assertThat(call.ok()).isTrue();
    assertThat(call.events).isEqualTo(3);
    assertThat(call.arrivals).isEqualTo(2);
    assertThat(call.firstEventNanos).isEqualTo(5_000);
  }

  @Test
  void keepsTheBodyOfAFailedCallForItsErrorKind() {
    Call call = new Call(0, true, false, c -> {});
    call.status = 503;
    call.content(Unpooled.copiedBuffer("{\"error_code\":\"TEMPORARILY_UNAVAILABLE\"}", UTF_8), 1);
    assertThat(call.body()).contains("TEMPORARILY_UNAVAILABLE");
    assertThat(call.ok()).isFalse();
  }
}
