package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.platform.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CappedPayloadTest {
  private static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void aPayloadWithinTheCapIsStoredWhole() {
    CappedPayload p = CappedPayload.of(json("{\"a\":\"bc\"}"), 10, false);

    assertThat(p).isEqualTo(new CappedPayload("{\"a\":\"bc\"}", 10, false));
  }

  @Test
  void aLargerOneKeepsItsBeginningAndItsFullSize() {
    CappedPayload p = CappedPayload.of(json("{\"a\":\"bcdefgh\"}"), 8, false);

    assertThat(p.text()).isEqualTo("{\"a\":\"bc");
    assertThat(p.bytes()).isEqualTo(15);
    assertThat(p.truncated()).isTrue();
  }

  @Test
  void aCutNeverSplitsACharacter() {
    // {"a":"é€"}: é is 2 bytes (7-8), € is 3 (9-11); a cap of 10 falls inside the €.
    CappedPayload p = CappedPayload.of(json("{\"a\":\"é€\"}"), 10, false);

    assertThat(p.text()).isEqualTo("{\"a\":\"é");
    assertThat(p.text().getBytes(StandardCharsets.UTF_8)).hasSize(8);
    assertThat(p.bytes()).isEqualTo(13);
  }

  @Test
  void aStreamCutBeforeKeepsItsFlagAndNothingCapturedIsNone() {
    assertThat(CappedPayload.of(json("{}"), 10, true).truncated()).isTrue();
    assertThat(CappedPayload.of(null, 10, false)).isEqualTo(CappedPayload.NONE);
  }
}
