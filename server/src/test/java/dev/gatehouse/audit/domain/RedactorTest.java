package dev.gatehouse.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.platform.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RedactorTest {

  private static JsonNode redact(String json) {
    return Redactor.redact(Json.MAPPER.readTree(json));
  }

  @Test
  void credentialsAreBlankedAtAnyDepth() {
    JsonNode out =
        redact(
            """
            {"config": {"served_entities": [{"external_model": {"openai_config": {
              "openai_api_key_plaintext": "sk-canary", "openai_api_base": "https://x"}}}]},
             "string_value": "canary", "aws_secret_access_key_plaintext": "canary"}""");

    assertThat(out.toString()).doesNotContain("canary");
    assertThat(
            out.at("/config/served_entities/0/external_model/openai_config/openai_api_base")
                .asString())
        .isEqualTo("https://x");
    assertThat(out.path("string_value").asString()).isEqualTo(Redactor.REDACTED);
  }

  @Test
  void secretReferencesStaySinceTheyRevealNothing() {
    JsonNode out = redact("{\"openai_api_key\": \"{{secrets/llm/openai}}\"}");

    assertThat(out.path("openai_api_key").asString()).isEqualTo("{{secrets/llm/openai}}");
  }

  @Test
  void customProviderAuthValuesAreCredentialsButTagValuesAreNot() {
    JsonNode out =
        redact(
            """
            {"api_key_auth": {"key": "X-Key", "value": "canary"},
             "bearer_token_auth": {"token": "canary"},
             "tags": [{"key": "team", "value": "ml"}]}""");

    assertThat(out.toString()).doesNotContain("canary");
    assertThat(out.at("/api_key_auth/key").asString()).isEqualTo("X-Key");
    assertThat(out.at("/tags/0/value").asString()).isEqualTo("ml");
  }

  @Test
  void theInputIsLeftUntouched() {
    JsonNode in = Json.MAPPER.readTree("{\"token_value\": \"canary\"}");

    Redactor.redact(in);

    assertThat(in.path("token_value").asString()).isEqualTo("canary");
  }
}
