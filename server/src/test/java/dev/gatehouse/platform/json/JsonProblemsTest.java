package dev.gatehouse.platform.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonProblemsTest {

  private static String syntaxProblemOf(String body) {
    return JsonProblems.syntax(
        catchThrowableOfType(JacksonException.class, () -> Json.MAPPER.readTree(body)));
  }

  @Test
  void limitMessagesDoNotNameJacksonsSettings() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(syntaxProblemOf(deep))
        .isEqualTo("Document nesting depth (501) exceeds the maximum allowed (500)")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void trailingTokensAreNamedWithoutJacksonsTypes() {
    assertThat(syntaxProblemOf("{}{}"))
        .isEqualTo("Trailing token (START_OBJECT) found after value")
        .doesNotContain("tools.jackson")
        .doesNotContain("DeserializationFeature");
  }

  @Test
  void syntaxMessagesAreKept() {
    assertThat(syntaxProblemOf("{\"a\":")).startsWith("Unexpected end-of-input");
  }

  @Test
  void overlongAndSurrogateEncodingsAreNotUtf8() {
    byte[] overlongSlash = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    byte[] encodedSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

    assertThat(JsonProblems.notUtf8(overlongSlash))
        .contains("byte 6 starts no valid UTF-8 sequence");
    assertThat(JsonProblems.notUtf8(encodedSurrogate)).isPresent();
    assertThat(JsonProblems.notUtf8("{\"a\":\"\u00e9 \ud83d\ude00\"}".getBytes(UTF_8))).isEmpty();
  }

  @Test
  void unpairedSurrogatesAreFoundInValues() {
    assertThat(
            JsonProblems.unpairedSurrogate(
                Json.MAPPER.readTree("{\"a\":[\"x\",\"\\ud800\"]}"), "$"))
        .contains("$.a[1]");
    assertThat(JsonProblems.unpairedSurrogate(Json.MAPPER.readTree("{\"k\":\"a\\udfff\"}"), "$"))
        .contains("$.k");
    assertThat(
            JsonProblems.unpairedSurrogate(
                Json.MAPPER.readTree("{\"emoji\":\"\\ud83d\\ude00\",\"rtl\":\"\\u202e\"}"), "$"))
        .isEmpty();
  }
}
