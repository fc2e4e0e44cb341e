package dev.gatehouse.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestScanTest {
  @Test
  void readsTheModelWithOrWithoutSpaces() {
    assertThat(RequestScan.model("{\"model\":\"gpt-4o\",\"messages\":[]}")).isEqualTo("gpt-4o");
    assertThat(RequestScan.model("{\"messages\":[], \"model\" : \"b\"}")).isEqualTo("b");
    assertThat(RequestScan.model("{\"messages\":[]}")).isEqualTo(RequestScan.DEFAULT_MODEL);
  }

  @Test
  void streamOnlyWhenTrue() {
    assertThat(RequestScan.stream("{\"stream\":true}")).isTrue();
    assertThat(RequestScan.stream("{\"stream\": true}")).isTrue();
    assertThat(RequestScan.stream("{\"stream\":false}")).isFalse();
    assertThat(RequestScan.stream("{\"messages\":[]}")).isFalse();
  }

  @Test
  void includeUsage() {
    assertThat(RequestScan.includeUsage("{\"stream_options\":{\"include_usage\":true}}")).isTrue();
    assertThat(RequestScan.includeUsage("{\"stream\":true}")).isFalse();
  }
}
