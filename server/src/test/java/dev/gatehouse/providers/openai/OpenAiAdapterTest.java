package dev.gatehouse.providers.openai;

import static dev.gatehouse.providers.Fixtures.bytes;
import static dev.gatehouse.providers.Fixtures.invocation;
import static dev.gatehouse.providers.Fixtures.json;
import static dev.gatehouse.providers.Fixtures.parse;
import static dev.gatehouse.providers.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiAdapterTest {
  private final OpenAiAdapter adapter = new OpenAiAdapter();

  private static final ProviderTarget OPENAI =
      target(
          ProviderKind.OPENAI,
          "gpt-4o-mini",
          "llm/v1/chat",
          "{\"openai_api_key\":\"{{secrets/llm/openai}}\",\"openai_organization\":\"org-abc\"}");

  private static final ProviderTarget AZURE =
      target(
          ProviderKind.OPENAI,
          "gpt-4o",
          "llm/v1/chat",
          """
          {"openai_api_type":"azure","openai_api_key":"{{secrets/llm/azure}}",
           "openai_api_base":"https://my-resource.openai.azure.com/",
           "openai_api_version":"2024-10-21","openai_deployment_name":"gpt4o-prod"}""");

  @Test
  void chatRequestGoesToOpenAiWithBearerAndTheModel() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    UpstreamRequest request = adapter.request(chat, OPENAI);

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).hasToString("https://api.openai.com/v1/chat/completions");
    assertThat(request.headers())
        .containsEntry("Authorization", "Bearer secret:openai_api_key")
        .containsEntry("OpenAI-Organization", "org-abc")
        .containsEntry("Content-Type", "application/json");
    assertThat(parse(request.body())).isEqualTo(json("openai", "chat.request.json"));
  }

  @Test
  void chatAnswerKeepsOpenAiShapeAndReadsUsage() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    Answer answer =
        adapter.answer(
            chat, new UpstreamResponse(200, Map.of(), bytes("openai", "chat.response.json")));

    assertThat(answer.usage()).isEqualTo(Usage.of(19, 3));
    assertThat(answer.body().path("object").asString()).isEqualTo("chat.completion");
    assertThat(answer.body().path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("Hi!");
    assertThat(answer.body().path("usage").path("total_tokens").asLong()).isEqualTo(22);
    assertThat(answer.body().path("usage").has("estimated")).isFalse();
  }

  @Test
  void streamingAsksForUsage() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), true);

    UpstreamRequest request = adapter.request(chat, OPENAI);

    assertThat(parse(request.body()).path("stream").asBoolean()).isTrue();
    assertThat(parse(request.body()).path("stream_options").path("include_usage").asBoolean())
        .isTrue();
    assertThat(request.headers()).containsEntry("Accept", "text/event-stream");
  }

  @Test
  void embeddingsAnswerHasNoCompletionTokens() {
    Invocation embed =
        invocation(Task.EMBEDDINGS, json("openai", "embeddings.invocation.json"), false);

    UpstreamRequest request = adapter.request(embed, OPENAI);
    Answer answer =
        adapter.answer(
            embed,
            new UpstreamResponse(200, Map.of(), bytes("openai", "embeddings.response.json")));

    assertThat(request.uri()).hasToString("https://api.openai.com/v1/embeddings");
    assertThat(answer.usage()).isEqualTo(new Usage(8, 0, 8, false));
    assertThat(answer.body().path("usage").has("completion_tokens")).isFalse();
    assertThat(answer.body().path("data")).hasSize(2);
  }

  @Test
  void azureCallsTheDeploymentWithApiKeyAndNoModel() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    UpstreamRequest request = adapter.request(chat, AZURE);

    assertThat(request.uri())
        .hasToString(
            "https://my-resource.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions"
                + "?api-version=2024-10-21");
    assertThat(request.headers())
        .containsEntry("api-key", "secret:openai_api_key")
        .doesNotContainKey("Authorization");
    assertThat(parse(request.body()).has("model")).isFalse();
  }

  @Test
  void azureWithEntraIdSendsTheTokenAsBearer() {
    ProviderTarget entra =
        target(
            ProviderKind.OPENAI,
            "gpt-4o",
            "llm/v1/chat",
            """
            {"openai_api_type":"azuread","openai_api_base":"https://r.openai.azure.com/openai",
             "openai_api_version":"2024-10-21","openai_deployment_name":"d",
             "microsoft_entra_client_id":"c","microsoft_entra_tenant_id":"t",
             "microsoft_entra_client_secret":"{{secrets/llm/entra}}"}""");
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    UpstreamRequest request = adapter.request(chat, entra);

    assertThat(request.uri())
        .hasToString(
            "https://r.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21");
    assertThat(request.headers())
        .containsEntry("Authorization", "Bearer secret:microsoft_entra_access_token")
        .doesNotContainKey("api-key");
  }

  @Test
  void probeListsModels() {
    assertThat(adapter.probe(OPENAI).orElseThrow().uri())
        .hasToString("https://api.openai.com/v1/models");
    assertThat(adapter.probe(AZURE).orElseThrow().uri())
        .hasToString("https://my-resource.openai.azure.com/openai/models?api-version=2024-10-21");
  }

  @Test
  void rateLimitIsRetryableWithItsWait() {
    UpstreamFailure failure =
        adapter.failure(
            new UpstreamResponse(
                429,
                Map.of(
                    "retry-after-ms",
                    List.of("1500"),
                    "x-ratelimit-remaining-tokens",
                    List.of("0")),
                bytes("openai", "rate-limited.error.json")));

    assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.RATE_LIMITED);
    assertThat(failure.kind().retryable()).isTrue();
    assertThat(failure.retryAfter()).isEqualTo(Duration.ofMillis(1500));
    assertThat(failure.message()).startsWith("Rate limit reached").doesNotContain("https://");
  }

  @Test
  void exhaustedQuotaIsNotRetried() {
    UpstreamFailure failure =
        adapter.failure(
            new UpstreamResponse(429, Map.of(), bytes("openai", "insufficient-quota.error.json")));

    assertThat(failure.kind().retryable()).isFalse();
    assertThat(failure.message()).contains("quota");
  }

  @Test
  void refusedKeyIsAnAuthFailureWithoutTheKey() {
    UpstreamFailure failure =
        adapter.failure(new UpstreamResponse(401, Map.of(), bytes("openai", "auth.error.json")));

    assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.AUTH);
    assertThat(failure.message()).doesNotContain("sk-proj").doesNotContain("platform.openai.com");
  }

  @Test
  void badRequestKeepsTheProvidersMessage() {
    UpstreamFailure failure =
        adapter.failure(
            new UpstreamResponse(400, Map.of(), bytes("openai", "bad-request.error.json")));

    assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.BAD_REQUEST);
    assertThat(failure.message())
        .startsWith("This model's maximum context length is 128000 tokens");
  }

  @Test
  void azureRetryAfterSecondsIsRead() {
    UpstreamFailure failure =
        adapter.failure(
            new UpstreamResponse(
                429,
                Map.of("Retry-After", List.of("6")),
                bytes("azure-openai", "rate-limited.error.json")));

    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(6));
    assertThat(failure.message()).doesNotContain("aka.ms");
  }
}
