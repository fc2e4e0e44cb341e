package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProviderLogTest {
  @Test
  void linesAreHclogJsonThatGoPluginParses() {
    String line =
        ProviderLog.line(
            "info",
            "endpoint \"chat\" is UPDATING",
            OffsetDateTime.of(2026, 11, 27, 7, 30, 0, 123_000_000, ZoneOffset.UTC));
    assertThat(line)
        .isEqualTo(
            "{\"@level\":\"info\",\"@message\":\"endpoint \\\"chat\\\" is UPDATING\","
                + "\"@module\":\"gatehouse\",\"@timestamp\":\"2026-11-27T07:30:00.123000Z\"}");
  }
}
