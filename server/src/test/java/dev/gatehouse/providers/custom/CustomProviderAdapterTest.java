package dev.gatehouse.providers.custom;

import static dev.gatehouse.providers.Fixtures.bytes;
import static dev.gatehouse.providers.Fixtures.invocation;
import static dev.gatehouse.providers.Fixtures.json;
import static dev.gatehouse.providers.Fixtures.parse;
import static dev.gatehouse.providers.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CustomProviderAdapterTest {
  private final CustomProviderAdapter adapter = new CustomProviderAdapter();

  private static ProviderTarget bearer() {
    return target(
        ProviderKind.CUSTOM,
        "meta-llama/Llama-3.1-8B-Instruct",
        "llm/v1/chat",
        """
        {"custom_provider_url":"http://vllm.internal:8000/v1/",
         "bearer_token_auth":{"token":"{{secrets/llm/vllm}}"}}""");
  }

  @Test
  void bearerAuthAndOpenAiPathsUnderTheConfiguredBase() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    UpstreamRequest request = adapter.request(chat, bearer());

    assertThat(request.uri()).hasToString("http://vllm.internal:8000/v1/chat/completions");
    assertThat(request.headers())
        .containsEntry("Authorization", "Bearer secret:bearer_token_auth.token");
    assertThat(parse(request.body()).path("model").asString())
        .isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
  }

  @Test
  void apiKeyAuthSendsTheNamedHeader() {
    ProviderTarget apiKey =
        target(
            ProviderKind.CUSTOM,
            "llama3.2",
            "llm/v1/completions",
            """
            {"custom_provider_url":"http://ollama:11434/v1",
             "api_key_auth":{"key":"X-Api-Key","value":"{{secrets/llm/ollama}}"}}""");
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"prompt\":\"Paris is\"}");

    UpstreamRequest request = adapter.request(invocation(Task.COMPLETIONS, body, false), apiKey);

    assertThat(request.uri()).hasToString("http://ollama:11434/v1/completions");
    assertThat(request.headers())
        .containsEntry("X-Api-Key", "secret:api_key_auth.value")
        .doesNotContainKey("Authorization");
  }

  @Test
  void missingUsageIsEstimatedAndTgiFinishReasonMapped() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    Answer answer =
        adapter.answer(
            chat, new UpstreamResponse(200, Map.of(), bytes("custom", "chat.response.json")));

    assertThat(answer.body().path("choices").get(0).path("finish_reason").asString())
        .isEqualTo("stop");
    // 15 prompt characters -> 4 tokens; "Hello there" (11) -> 3.
    assertThat(answer.usage()).isEqualTo(new Usage(4, 3, 7, true));
    assertThat(answer.body().path("usage").path("estimated").asBoolean()).isTrue();
  }

  @Test
  void completionsAnswerReadsUsage() {
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"prompt\":\"Paris is\"}");

    Answer answer =
        adapter.answer(
            invocation(Task.COMPLETIONS, body, false),
            new UpstreamResponse(200, Map.of(), bytes("custom", "completions.response.json")));

    assertThat(answer.usage()).isEqualTo(Usage.of(5, 7));
    assertThat(answer.body().path("choices").get(0).path("text").asString())
        .isEqualTo(" a city in France.");
  }

  @Test
  void errorBodiesAreReadLeniently() {
    UpstreamFailure unauthorized =
        adapter.failure(
            new UpstreamResponse(401, Map.of(), bytes("custom", "unauthorized.error.json")));
    UpstreamFailure vllm =
        adapter.failure(
            new UpstreamResponse(400, Map.of(), bytes("custom", "vllm-bad-request.error.json")));
    UpstreamFailure raw =
        adapter.failure(new UpstreamResponse(500, Map.of(), "upstream exploded".getBytes()));

    assertThat(unauthorized.kind()).isEqualTo(UpstreamFailure.Kind.AUTH);
    assertThat(unauthorized.message()).isEqualTo("Unauthorized");
    assertThat(vllm.message()).startsWith("This model's maximum context length is 4096");
    assertThat(raw.kind()).isEqualTo(UpstreamFailure.Kind.SERVER_ERROR);
    assertThat(raw.message()).isEqualTo("upstream exploded");
  }
}
